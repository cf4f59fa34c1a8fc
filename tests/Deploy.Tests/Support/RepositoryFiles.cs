namespace TruckFactor.Deploy.Tests.Support;

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class RepositoryFiles
{
    private const string SolutionFile = "TruckFactor.Functions.sln";

    /// <summary>The repository root: the first folder above the test's output that holds the solution.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The full path of a file or folder given relative to the repository root.</summary>
    /// <param name="relativePath">The path below the root, with forward slashes.</param>
    /// <returns>The full path.</returns>
    public static string PathOf(string relativePath) =>
        Path.Combine([Root, .. relativePath.Split('/', StringSplitOptions.RemoveEmptyEntries)]);

    /// <summary>The text of a file given relative to the repository root.</summary>
    /// <param name="relativePath">The path below the root, with forward slashes.</param>
    /// <returns>The file's text.</returns>
    public static string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }

        throw new FileNotFoundException($"No {SolutionFile} above {AppContext.BaseDirectory}.");
    }
}
