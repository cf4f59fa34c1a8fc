namespace TruckFactor.Analysis.Doa;

/// <summary>What the greedy removal found.</summary>
/// <param name="TruckFactorDevelopers">The truck-factor developers in removal order, after any pruning.</param>
/// <param name="AuthoredFiles">The number of files each developer authors, by developer id.</param>
/// <param name="InitialCoverage">The share of files with at least one author before any removal.</param>
/// <param name="Curve">The coverage after each removal of the greedy loop, in order (before pruning).</param>
/// <param name="CoverageAfter">The share of files still authored once the truck-factor developers are gone.</param>
/// <param name="OrphanedFiles">The files left without any author once the truck-factor developers are gone.</param>
/// <param name="TopDeveloper">The first developer of the removal order (most authored files), or null if none.</param>
internal sealed record GreedyOutcome(
    IReadOnlyList<int> TruckFactorDevelopers,
    IReadOnlyDictionary<int, int> AuthoredFiles,
    double InitialCoverage,
    IReadOnlyList<(int Developer, double Coverage)> Curve,
    double CoverageAfter,
    IReadOnlyList<string> OrphanedFiles,
    int? TopDeveloper);
