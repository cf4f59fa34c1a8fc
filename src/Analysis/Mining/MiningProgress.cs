namespace TruckFactor.Analysis.Mining;

/// <summary>How far a mining run has gone.</summary>
/// <param name="CommitsDone">Commits mined so far.</param>
/// <param name="CommitsTotal">Commits to mine in all.</param>
public readonly record struct MiningProgress(int CommitsDone, int CommitsTotal);
