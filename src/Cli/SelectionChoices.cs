using TruckFactor.Analysis;

namespace TruckFactor.Cli;

/// <summary>What the user chose about files, identities and recency on the command line.</summary>
/// <param name="Include">Patterns of files always analysed.</param>
/// <param name="Exclude">Patterns of files never analysed.</param>
/// <param name="Classifier">Turn the file classifier on or off; null keeps the profile's choice.</param>
/// <param name="CoAuthors">Credit <c>Co-authored-by:</c> trailers.</param>
/// <param name="Since">Credit only records from this instant on.</param>
/// <param name="HalfLifeDays">Halve a delivery's weight every this many days of age.</param>
internal sealed record SelectionChoices(
    IReadOnlyList<string> Include,
    IReadOnlyList<string> Exclude,
    bool? Classifier,
    bool CoAuthors,
    DateTimeOffset? Since,
    double? HalfLifeDays)
{
    /// <summary>Applies the choices to a profile's options.</summary>
    public AnalysisOptions Apply(AnalysisOptions options)
    {
        var classifier = options.Classifier with
        {
            Enabled = Classifier ?? options.Classifier.Enabled,
            Include = Include,
            Exclude = Exclude,
        };
        return options with
        {
            Classifier = classifier,
            Identity = options.Identity with { CreditCoAuthors = CoAuthors },
            Since = Since,
            HalfLife = HalfLifeDays is { } days ? TimeSpan.FromDays(days) : null,
        };
    }
}
