namespace TruckFactor.Analysis.Identities;

/// <summary>The developers of a history and the developer behind each commit.</summary>
/// <param name="Developers">The developers kept for the analysis, by id.</param>
/// <param name="CommitDevelopers">For each commit, by index, its author's developer id, or -1 when excluded.</param>
/// <param name="ExcludedBots">The bots left out of the analysis.</param>
/// <param name="CoAuthorDevelopers">
/// When co-authors are credited, the developer ids of each commit's co-authors other than its author, by index.
/// </param>
public sealed record IdentityMap(
    IReadOnlyList<Developer> Developers,
    IReadOnlyList<int> CommitDevelopers,
    IReadOnlyList<Developer> ExcludedBots,
    IReadOnlyList<IReadOnlyList<int>>? CoAuthorDevelopers = null);
