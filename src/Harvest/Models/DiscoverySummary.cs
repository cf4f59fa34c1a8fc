namespace TruckFactor.Harvest.Models;

/// <summary>How a harvest's repository list was discovered, as results.json reports it.</summary>
/// <param name="Request">The request's discover block.</param>
/// <param name="Discovered">Repositories GitHub returned after the fork and archive filters.</param>
/// <param name="RepositoryListBlob">
/// The resolved list, one repository a line: submit it as a plain list to repeat the harvest on the same
/// repositories.
/// </param>
/// <param name="DiscoveryBlob">The discovery's details, including any repository the URL policy refused.</param>
public sealed record DiscoverySummary(
    HarvestDiscovery Request,
    int Discovered,
    string RepositoryListBlob,
    string DiscoveryBlob);
