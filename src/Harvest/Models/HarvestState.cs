namespace TruckFactor.Harvest.Models;

/// <summary>
/// The orchestration's input: the harvest plus how far earlier generations got, carried across continue-as-new.
/// </summary>
/// <param name="Input">The harvest.</param>
/// <param name="NextBatch">The first batch this generation schedules.</param>
/// <param name="Succeeded">Repositories mined by earlier generations.</param>
/// <param name="Failed">Repositories that failed in earlier generations.</param>
/// <param name="FailedBatches">
/// Batches whose activity failed outright, with the reason (small: infrastructure only).
/// </param>
/// <param name="Generation">How many times the orchestration has continued as new.</param>
/// <param name="BatchesDone">Batches finished by earlier generations.</param>
public sealed record HarvestState(
    HarvestInput Input,
    int NextBatch,
    int Succeeded,
    int Failed,
    IReadOnlyDictionary<int, string> FailedBatches,
    int Generation,
    int BatchesDone = 0)
{
    /// <summary>The state of a harvest that has not started mining.</summary>
    /// <param name="input">The harvest.</param>
    /// <returns>A state at batch 0.</returns>
    public static HarvestState Start(HarvestInput input) => new(input, 0, 0, 0, new Dictionary<int, string>(), 0);
}
