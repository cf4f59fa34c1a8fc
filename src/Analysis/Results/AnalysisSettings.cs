namespace TruckFactor.Analysis.Results;

/// <summary>The choices a result was computed with, so that a reader can tell why the number is what it is.</summary>
/// <param name="Classifier">Whether vendored, documentation, generated, binary and non-code files were left out.
/// </param>
/// <param name="Include">The user's patterns of files always analysed.</param>
/// <param name="Exclude">The user's patterns of files never analysed.</param>
/// <param name="ExcludeBots">Whether recognised bots were left out.</param>
/// <param name="CoAuthors">Whether <c>Co-authored-by:</c> trailers were credited like the author.</param>
/// <param name="Since">Records authored before this instant were not credited; null when all count.</param>
/// <param name="HalfLifeDays">Deliveries lost half their weight per this many days of age; null for none.</param>
/// <param name="FollowLineages">Whether renames were followed per file lineage (else by path, as the reference).
/// </param>
/// <param name="Pruning">Whether minor truck-factor developers were pruned, as the reference tool does.</param>
public sealed record AnalysisSettings(
    bool Classifier,
    IReadOnlyList<string> Include,
    IReadOnlyList<string> Exclude,
    bool ExcludeBots,
    bool CoAuthors,
    DateTimeOffset? Since,
    double? HalfLifeDays,
    bool FollowLineages,
    bool Pruning);
