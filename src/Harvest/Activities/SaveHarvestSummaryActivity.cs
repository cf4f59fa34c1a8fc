using Microsoft.DurableTask;
using TruckFactor.Harvest.Models;
using TruckFactor.Harvest.Storage;

namespace TruckFactor.Harvest.Activities;

/// <summary>
/// The save step: writes summary.json last, so its presence says the harvest's results are complete even after
/// the orchestration's history has been purged.
/// </summary>
public sealed class SaveHarvestSummaryActivity : TaskActivity<HarvestSummary, bool>
{
    private readonly HarvestStore _store;

    /// <summary>Creates the activity.</summary>
    /// <param name="store">The harvest's blob container.</param>
    public SaveHarvestSummaryActivity(HarvestStore store)
    {
        _store = store;
    }

    /// <inheritdoc />
    public override async Task<bool> RunAsync(TaskActivityContext context, HarvestSummary input)
    {
        ArgumentNullException.ThrowIfNull(input);

        await _store.SaveJsonAsync(BlobNames.Summary(input.HarvestId), input, CancellationToken.None)
            .ConfigureAwait(false);
        return true;
    }
}
