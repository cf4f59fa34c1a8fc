using Microsoft.Azure.Functions.Worker;
using TruckFactor.Harvest.Activities;
using TruckFactor.Harvest.Models;

namespace TruckFactor.FunctionApp.Activities;

/// <summary>Runs <see cref="MineBatchActivity"/> as the activity function the orchestrator calls by its name.</summary>
public sealed class MineBatchActivityFunction
{
    private readonly MineBatchActivity _activity;

    /// <summary>Creates the function.</summary>
    /// <param name="activity">The activity, resolved from the harvest's services.</param>
    public MineBatchActivityFunction(MineBatchActivity activity)
    {
        _activity = activity;
    }

    /// <summary>Mines one batch of repositories.</summary>
    /// <param name="input">The batch.</param>
    /// <param name="instanceId">The orchestration instance, from the trigger's binding data.</param>
    /// <param name="executionContext">The invocation.</param>
    /// <returns>The batch's per-repository outcomes.</returns>
    [Function(nameof(MineBatchActivity))]
    public Task<MineBatchResult> RunAsync(
        [ActivityTrigger] MineBatchInput input,
        string instanceId,
        FunctionContext executionContext)
    {
        ArgumentNullException.ThrowIfNull(executionContext);

        var context = new FunctionActivityContext(executionContext.FunctionDefinition.Name, instanceId);
        return _activity.RunAsync(context, input);
    }
}
