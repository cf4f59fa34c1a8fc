namespace TruckFactor.Harvest.Models;

/// <summary>What the fan-in step saved.</summary>
/// <param name="Succeeded">Repositories with a truck factor.</param>
/// <param name="Failed">Repositories without one.</param>
/// <param name="ResultsBlob">The blob holding results.json.</param>
public sealed record ComputeSummary(int Succeeded, int Failed, string ResultsBlob);
