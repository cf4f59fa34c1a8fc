namespace TruckFactor.Analysis.Mining;

/// <summary>Counts that describe one mining run, reported with every result.</summary>
/// <param name="Commits">Commits walked, merges included.</param>
/// <param name="Merges">Commits with more than one parent (they give no file records).</param>
/// <param name="Records">File change records kept over all commits.</param>
/// <param name="RenameFallbacks">
/// Commits whose rename scoring needed a blob missing from the object database (a partial or damaged clone):
/// pairs involving that blob could only be matched by identical content there.
/// </param>
/// <param name="Elapsed">Wall-clock time spent mining.</param>
/// <param name="ObjectFallbacks">
/// Commits the raw-object miner could not read from the object database itself (a missing or malformed commit or
/// tree) and mined through LibGit2Sharp instead; zero for other miners.
/// </param>
/// <param name="ReusedCommits">Commits whose records were taken from a previously mined log instead of mined.</param>
public sealed record MiningStatistics(
    int Commits,
    int Merges,
    int Records,
    int RenameFallbacks,
    TimeSpan Elapsed,
    int ObjectFallbacks = 0,
    int ReusedCommits = 0);
