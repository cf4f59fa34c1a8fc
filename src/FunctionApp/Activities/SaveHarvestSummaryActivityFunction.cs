using Microsoft.Azure.Functions.Worker;
using TruckFactor.Harvest.Activities;
using TruckFactor.Harvest.Models;

namespace TruckFactor.FunctionApp.Activities;

/// <summary>
/// Runs <see cref="SaveHarvestSummaryActivity"/> as the activity function the orchestrator calls by its name.
/// </summary>
public sealed class SaveHarvestSummaryActivityFunction
{
    private readonly SaveHarvestSummaryActivity _activity;

    /// <summary>Creates the function.</summary>
    /// <param name="activity">The activity, resolved from the harvest's services.</param>
    public SaveHarvestSummaryActivityFunction(SaveHarvestSummaryActivity activity)
    {
        _activity = activity;
    }

    /// <summary>Writes the harvest's summary, the marker that its results are complete.</summary>
    /// <param name="input">The summary.</param>
    /// <param name="instanceId">The orchestration instance, from the trigger's binding data.</param>
    /// <param name="executionContext">The invocation.</param>
    /// <returns>True once saved.</returns>
    [Function(nameof(SaveHarvestSummaryActivity))]
    public Task<bool> RunAsync(
        [ActivityTrigger] HarvestSummary input,
        string instanceId,
        FunctionContext executionContext)
    {
        ArgumentNullException.ThrowIfNull(executionContext);

        var context = new FunctionActivityContext(executionContext.FunctionDefinition.Name, instanceId);
        return _activity.RunAsync(context, input);
    }
}
