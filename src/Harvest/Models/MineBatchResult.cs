namespace TruckFactor.Harvest.Models;

/// <summary>The outcomes of one batch, in the batch's order.</summary>
/// <param name="BatchIndex">The batch number from 0.</param>
/// <param name="Outcomes">One outcome per repository.</param>
public sealed record MineBatchResult(int BatchIndex, IReadOnlyList<RepositoryOutcome> Outcomes)
{
    /// <summary>Repositories of the batch with a stored commit log.</summary>
    public int Succeeded => Outcomes.Count(outcome => outcome.Succeeded);

    /// <summary>Repositories of the batch that failed.</summary>
    public int Failed => Outcomes.Count - Succeeded;
}
