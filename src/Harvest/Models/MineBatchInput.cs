namespace TruckFactor.Harvest.Models;

/// <summary>One mining activity's work.</summary>
/// <param name="HarvestId">The harvest the batch belongs to.</param>
/// <param name="BatchIndex">The batch number from 0.</param>
/// <param name="Repositories">The repository locations of the batch.</param>
public sealed record MineBatchInput(string HarvestId, int BatchIndex, IReadOnlyList<string> Repositories);
