using System.Text.Json;
using TruckFactor.Analysis.Classification;

namespace TruckFactor.Analysis.Results;

/// <summary>Which files of the commit were analysed, and why the others were not.</summary>
/// <param name="Classifier">Whether the file classifier was on (the user's patterns apply either way).</param>
/// <param name="Total">Files in the commit's tree, submodules excluded.</param>
/// <param name="Code">Files the classifier kept as code.</param>
/// <param name="ByCategory">How many files each category holds, code included.</param>
/// <param name="LeftOut">Every file left out, with its category and the rule that decided.</param>
/// <param name="WithoutHistory">Code files with no record by a counted developer (only bots, or before
/// <c>since</c>), hence not analysed.</param>
public sealed record FileSelection(
    bool Classifier,
    int Total,
    int Code,
    IReadOnlyDictionary<string, int> ByCategory,
    IReadOnlyList<FileDecision> LeftOut,
    int WithoutHistory)
{
    /// <summary>Gives a category's key in <see cref="ByCategory"/>, the name the JSON uses for it.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The camelCase key, such as <c>notCode</c>.</returns>
    public static string KeyOf(FileCategory category) => JsonNamingPolicy.CamelCase.ConvertName(category.ToString());

    /// <summary>Gives a <see cref="ByCategory"/> key as a reader would say it.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The words, such as <c>not code</c>.</returns>
    public static string Describe(string key) => key == KeyOf(FileCategory.NotCode) ? "not code" : key;
}
