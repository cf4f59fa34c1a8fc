namespace TruckFactor.Harvest.Reports;

/// <summary>The harvest page a repository page belongs to, for its back link.</summary>
/// <param name="HarvestId">The harvest.</param>
/// <param name="Href">The harvest page's URL relative to the repository page.</param>
public sealed record HarvestPageLink(string HarvestId, string Href);
