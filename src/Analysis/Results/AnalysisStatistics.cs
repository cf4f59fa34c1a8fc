namespace TruckFactor.Analysis.Results;

/// <summary>Counts about the mining and the analysis.</summary>
/// <param name="Commits">Commits walked, merges included.</param>
/// <param name="Merges">Merge commits (they give no records).</param>
/// <param name="Records">File change records mined.</param>
/// <param name="RenameFallbacks">Commits diffed with exact-content renames only because blobs were missing.</param>
/// <param name="Developers">Developers after identity merging, excluded bots not counted.</param>
/// <param name="MiningMilliseconds">Time spent mining.</param>
/// <param name="AnalysisMilliseconds">Time spent computing the truck factor from the commit log.</param>
public sealed record AnalysisStatistics(
    int Commits,
    int Merges,
    int Records,
    int RenameFallbacks,
    int Developers,
    long MiningMilliseconds,
    long AnalysisMilliseconds);
