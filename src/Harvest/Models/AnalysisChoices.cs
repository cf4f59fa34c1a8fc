using System.Text.Json.Serialization;
using TruckFactor.Analysis;

namespace TruckFactor.Harvest.Models;

/// <summary>
/// The analysis choices a harvest request may add to its profile, the same as <c>truckfactor analyze</c> takes:
/// file patterns, the classifier, co-author credit and recency.
/// </summary>
/// <param name="Include">Patterns (<c>.gitignore</c> style) of files always analysed.</param>
/// <param name="Exclude">Patterns of files never analysed; they win over <paramref name="Include"/>.</param>
/// <param name="Classifier">Turns the file classifier on or off; null keeps the profile's choice.</param>
/// <param name="CoAuthors">Whether <c>Co-authored-by:</c> trailers are credited.</param>
/// <param name="Since">Credit only records authored from this instant on; null credits all.</param>
/// <param name="HalfLifeDays">Halve a delivery's weight every this many days of age; null for no decay.</param>
public sealed record AnalysisChoices(
    IReadOnlyList<string> Include,
    IReadOnlyList<string> Exclude,
    bool? Classifier = null,
    bool CoAuthors = false,
    DateTimeOffset? Since = null,
    double? HalfLifeDays = null)
{
    /// <summary>Gets a value indicating whether the choices change nothing in a profile.</summary>
    [JsonIgnore]
    public bool IsEmpty =>
        Include.Count == 0 && Exclude.Count == 0 && Classifier is null && !CoAuthors && Since is null
        && HalfLifeDays is null;

    /// <summary>Applies the choices to a profile's options.</summary>
    /// <param name="options">The profile's options.</param>
    /// <returns>The options with the choices applied.</returns>
    public AnalysisOptions Apply(AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        return options with
        {
            Classifier = options.Classifier with
            {
                Enabled = Classifier ?? options.Classifier.Enabled,
                Include = Include,
                Exclude = Exclude,
            },
            Identity = options.Identity with { CreditCoAuthors = CoAuthors },
            Since = Since,
            HalfLife = HalfLifeDays is { } days ? TimeSpan.FromDays(days) : null,
        };
    }
}
