using TruckFactor.Analysis.Results;

namespace TruckFactor.Analysis.Tests.Support;

/// <summary>Shortcuts for reading results in assertions.</summary>
internal static class ResultExtensions
{
    /// <summary>Returns the authors of one analysed file, highest degree of authorship first.</summary>
    public static IReadOnlyList<string> AuthorsOf(this TruckFactorResult result, string path)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.FileAuthors.Single(f => f.Path == path).Authors;
    }

    /// <summary>Returns the names of the truck-factor developers in removal order.</summary>
    public static List<string> AuthorNames(this TruckFactorResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Authors.Select(a => a.Name).ToList();
    }
}
