using Microsoft.Azure.Functions.Worker;
using TruckFactor.Harvest.Activities;
using TruckFactor.Harvest.Models;

namespace TruckFactor.FunctionApp.Activities;

/// <summary>
/// Runs <see cref="DiscoverRepositoriesActivity"/> as the activity function the orchestrator calls by its name.
/// </summary>
public sealed class DiscoverRepositoriesActivityFunction
{
    private readonly DiscoverRepositoriesActivity _activity;

    /// <summary>Creates the function.</summary>
    /// <param name="activity">The activity, resolved from the harvest's services.</param>
    public DiscoverRepositoriesActivityFunction(DiscoverRepositoriesActivity activity)
    {
        _activity = activity;
    }

    /// <summary>Finds the harvest's repositories on GitHub and saves the resolved list.</summary>
    /// <param name="input">The discover block and the listed repositories.</param>
    /// <param name="instanceId">The orchestration instance, from the trigger's binding data.</param>
    /// <param name="executionContext">The invocation.</param>
    /// <returns>The resolved list and its counts.</returns>
    [Function(nameof(DiscoverRepositoriesActivity))]
    public Task<DiscoveredRepositories> RunAsync(
        [ActivityTrigger] DiscoverRepositoriesInput input,
        string instanceId,
        FunctionContext executionContext)
    {
        ArgumentNullException.ThrowIfNull(executionContext);

        var context = new FunctionActivityContext(executionContext.FunctionDefinition.Name, instanceId);
        return _activity.RunAsync(context, input);
    }
}
