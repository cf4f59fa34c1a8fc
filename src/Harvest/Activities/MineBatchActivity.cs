using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using TruckFactor.Harvest.Logging;
using TruckFactor.Harvest.Mining;
using TruckFactor.Harvest.Models;
using TruckFactor.Harvest.Storage;

namespace TruckFactor.Harvest.Activities;

/// <summary>
/// Clones or updates each repository of a batch, stores its commit log, and saves the batch's outcomes next to
/// the harvest so they survive a crashed orchestration worker. Commit logs never travel through the orchestration.
/// </summary>
public sealed class MineBatchActivity : TaskActivity<MineBatchInput, MineBatchResult>
{
    private readonly RepositoryHarvester _harvester;
    private readonly HarvestStore _store;
    private readonly ILogger<MineBatchActivity> _logger;

    /// <summary>Creates the activity.</summary>
    /// <param name="harvester">Mines one repository.</param>
    /// <param name="store">Where batch outcomes are saved.</param>
    /// <param name="logger">The logger.</param>
    public MineBatchActivity(HarvestStore store, RepositoryHarvester harvester, ILogger<MineBatchActivity> logger)
    {
        _harvester = harvester;
        _store = store;
        _logger = logger;
    }

    /// <inheritdoc />
    public override async Task<MineBatchResult> RunAsync(TaskActivityContext context, MineBatchInput input)
    {
        ArgumentNullException.ThrowIfNull(input);

        // A retried or redelivered activity finds its batch already saved: the same outcomes, mined once.
        var blobName = BlobNames.Batch(input.HarvestId, input.BatchIndex);
        var saved = await _store.LoadJsonAsync<MineBatchResult>(blobName, CancellationToken.None).ConfigureAwait(false);
        if (saved is not null)
        {
            _logger.BatchAlreadyStored(input.BatchIndex, input.HarvestId);
            return saved;
        }

        var outcomes = new List<RepositoryOutcome>(input.Repositories.Count);
        foreach (var repository in input.Repositories)
        {
            _logger.MiningRepository(repository, input.HarvestId, input.BatchIndex);
            outcomes.Add(await _harvester.HarvestAsync(repository, CancellationToken.None).ConfigureAwait(false));
        }

        var result = new MineBatchResult(input.BatchIndex, outcomes);
        await _store.SaveJsonAsync(blobName, result, CancellationToken.None).ConfigureAwait(false);
        _logger.BatchDone(input.HarvestId, input.BatchIndex, result.Succeeded, result.Failed);
        return result;
    }
}
