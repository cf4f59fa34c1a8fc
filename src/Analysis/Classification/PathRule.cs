using System.Text.RegularExpressions;

namespace TruckFactor.Analysis.Classification;

/// <summary>One rule that sorts files by their path.</summary>
/// <param name="Category">What a matching file is.</param>
/// <param name="Description">How the rule is shown in results, e.g. <c>path vendor/</c>.</param>
/// <param name="Pattern">The regular expression matched against the whole path.</param>
public sealed record PathRule(FileCategory Category, string Description, Regex Pattern)
{
    /// <summary>Creates a rule from a regular expression written for paths with <c>/</c> separators.</summary>
    public static PathRule Create(FileCategory category, string description, string pattern) =>
        new(category, description, new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled));

    /// <summary>Creates a rule from an expression built ahead of time (a source-generated one).</summary>
    public static PathRule Create(FileCategory category, string description, Regex pattern) =>
        new(category, description, pattern);
}
