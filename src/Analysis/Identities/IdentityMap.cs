namespace TruckFactor.Analysis.Identities;

/// <summary>The developers of a history and the developer behind each commit.</summary>
/// <param name="Developers">The developers kept for the analysis, by id.</param>
/// <param name="CommitDevelopers">For each commit, by index, its author's developer id, or -1 when excluded.</param>
/// <param name="ExcludedBots">The bots left out of the analysis.</param>
public sealed record IdentityMap(
    IReadOnlyList<Developer> Developers,
    IReadOnlyList<int> CommitDevelopers,
    IReadOnlyList<Developer> ExcludedBots);
