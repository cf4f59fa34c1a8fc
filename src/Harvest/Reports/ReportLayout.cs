namespace TruckFactor.Harvest.Reports;

/// <summary>
/// Where the pages of one harvest sit relative to each other: <c>report.html</c>, and
/// <c>repositories/&lt;key&gt;.html</c> for each repository (the key as in the repository's result blob). Blob
/// storage and the folder <c>truckfactor harvest --format html</c> writes use this layout, so the pages' relative
/// links work in both.
/// </summary>
public static class ReportLayout
{
    /// <summary>The harvest page's file name.</summary>
    public const string HarvestPage = "report.html";

    /// <summary>The folder of the repository pages, beside the harvest page.</summary>
    public const string RepositoriesFolder = "repositories";

    /// <summary>A repository page's path relative to the harvest page.</summary>
    /// <param name="repositoryKey">The repository's key, such as github.com/owner/name.</param>
    /// <returns>A relative URL such as repositories/github.com/owner/name.html.</returns>
    public static string RepositoryPage(string repositoryKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(repositoryKey);
        return RepositoriesFolder + "/" + repositoryKey + ".html";
    }

    /// <summary>The harvest page's path relative to a repository page.</summary>
    /// <param name="repositoryKey">The repository's key.</param>
    /// <returns>A relative URL such as ../../../report.html.</returns>
    public static string HarvestPageFrom(string repositoryKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(repositoryKey);

        // One level up per key segment: the last segment is the file name, the others are folders below
        // repositories/, which is itself one level below the harvest page.
        return string.Concat(Enumerable.Repeat("../", repositoryKey.Split('/').Length)) + HarvestPage;
    }
}
