namespace TruckFactor.Harvest.Models;

/// <summary>The discovery step's work.</summary>
/// <param name="HarvestId">The harvest the list is resolved for.</param>
/// <param name="Discover">What to find on GitHub.</param>
/// <param name="Listed">Repositories the request listed itself, validated and in request order.</param>
public sealed record DiscoverRepositoriesInput(
    string HarvestId,
    HarvestDiscovery Discover,
    IReadOnlyList<string> Listed);
