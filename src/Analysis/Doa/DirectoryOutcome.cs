namespace TruckFactor.Analysis.Doa;

/// <summary>What the greedy removal found for the files under one directory.</summary>
/// <param name="Path">The directory; the empty path is the root.</param>
/// <param name="Files">The number of analysed files under it.</param>
/// <param name="Outcome">The greedy removal over those files only.</param>
internal sealed record DirectoryOutcome(string Path, int Files, GreedyOutcome Outcome);
