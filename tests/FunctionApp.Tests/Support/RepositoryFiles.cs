namespace TruckFactor.FunctionApp.Tests.Support;

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class RepositoryFiles
{
    private const string SolutionFile = "TruckFactor.Functions.sln";

    /// <summary>The full path of a file given relative to the repository root.</summary>
    /// <param name="relativePath">The path below the root, with forward slashes.</param>
    /// <returns>The full path.</returns>
    public static string PathOf(string relativePath)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return Path.Combine([folder.FullName, .. relativePath.Split('/')]);
            }
        }

        throw new FileNotFoundException($"No {SolutionFile} above {AppContext.BaseDirectory}.");
    }
}
