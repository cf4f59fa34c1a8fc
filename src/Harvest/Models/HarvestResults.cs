namespace TruckFactor.Harvest.Models;

/// <summary>The document saved as a harvest's results.json.</summary>
/// <param name="HarvestId">The harvest.</param>
/// <param name="Profile">The analysis profile used.</param>
/// <param name="SubmittedAt">When the request was accepted.</param>
/// <param name="ComputedAt">When the truck factors were computed.</param>
/// <param name="Succeeded">Repositories with a truck factor.</param>
/// <param name="Failed">Repositories without one.</param>
/// <param name="Repositories">One row per repository, in request order.</param>
/// <param name="Discovery">How the list was discovered on GitHub, or null for a plain list.</param>
public sealed record HarvestResults(
    string HarvestId,
    string Profile,
    DateTimeOffset SubmittedAt,
    DateTimeOffset ComputedAt,
    int Succeeded,
    int Failed,
    IReadOnlyList<RepositoryResultRow> Repositories,
    DiscoverySummary? Discovery = null);
