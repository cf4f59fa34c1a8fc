namespace TruckFactor.Harvest.Models;

/// <summary>What the discovery step resolved and saved.</summary>
/// <param name="Repositories">The listed repositories, then the discovered ones, without duplicates.</param>
/// <param name="Discovered">Repositories GitHub returned after the fork and archive filters.</param>
/// <param name="Refused">Discovered repositories the URL policy refused, left out of the harvest.</param>
/// <param name="RepositoryListBlob">The blob holding the resolved list, one repository a line.</param>
public sealed record DiscoveredRepositories(
    IReadOnlyList<string> Repositories,
    int Discovered,
    int Refused,
    string RepositoryListBlob);
