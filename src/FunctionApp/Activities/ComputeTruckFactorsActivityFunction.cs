using Microsoft.Azure.Functions.Worker;
using TruckFactor.Harvest.Activities;
using TruckFactor.Harvest.Models;

namespace TruckFactor.FunctionApp.Activities;

/// <summary>
/// Runs <see cref="ComputeTruckFactorsActivity"/> as the activity function the orchestrator calls by its name.
/// </summary>
public sealed class ComputeTruckFactorsActivityFunction
{
    private readonly ComputeTruckFactorsActivity _activity;

    /// <summary>Creates the function.</summary>
    /// <param name="activity">The activity, resolved from the harvest's services.</param>
    public ComputeTruckFactorsActivityFunction(ComputeTruckFactorsActivity activity)
    {
        _activity = activity;
    }

    /// <summary>Computes every mined repository's truck factor and writes the harvest's results.</summary>
    /// <param name="input">The harvest and its failed batches.</param>
    /// <param name="instanceId">The orchestration instance, from the trigger's binding data.</param>
    /// <param name="executionContext">The invocation.</param>
    /// <returns>The counts and the results blob.</returns>
    [Function(nameof(ComputeTruckFactorsActivity))]
    public Task<ComputeSummary> RunAsync(
        [ActivityTrigger] ComputeInput input,
        string instanceId,
        FunctionContext executionContext)
    {
        ArgumentNullException.ThrowIfNull(executionContext);

        var context = new FunctionActivityContext(executionContext.FunctionDefinition.Name, instanceId);
        return _activity.RunAsync(context, input);
    }
}
