namespace TruckFactor.Harvest.Models;

/// <summary>The fan-in step's work: every batch of a harvest.</summary>
/// <param name="Harvest">The harvest.</param>
/// <param name="FailedBatches">Batches whose mining activity failed outright, with the reason.</param>
public sealed record ComputeInput(HarvestInput Harvest, IReadOnlyDictionary<int, string> FailedBatches);
