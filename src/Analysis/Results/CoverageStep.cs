namespace TruckFactor.Analysis.Results;

/// <summary>One step of the greedy removal: who left and what share of files kept an author.</summary>
/// <param name="Name">The developer removed at this step.</param>
/// <param name="Files">The number of files that developer authors.</param>
/// <param name="Coverage">The share of files with a remaining author after the removal.</param>
public sealed record CoverageStep(string Name, int Files, double Coverage);
