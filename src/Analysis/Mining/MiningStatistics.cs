namespace TruckFactor.Analysis.Mining;

/// <summary>Counts that describe one mining run, reported with every result.</summary>
/// <param name="Commits">Commits walked, merges included.</param>
/// <param name="Merges">Commits with more than one parent (they give no file records).</param>
/// <param name="Records">File change records kept over all commits.</param>
/// <param name="RenameFallbacks">
/// Commits whose similarity rename detection could not read a blob (partial or damaged object database) and
/// were diffed again with exact-content rename detection only.
/// </param>
/// <param name="Elapsed">Wall-clock time spent mining.</param>
public sealed record MiningStatistics(int Commits, int Merges, int Records, int RenameFallbacks, TimeSpan Elapsed);
