using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using TruckFactor.Harvest.Models;
using TruckFactor.Harvest.Orchestrations;

namespace TruckFactor.FunctionApp.Orchestrations;

/// <summary>
/// Registers the class-based <see cref="HarvestOrchestrator"/> as an orchestrator function; the Durable source
/// generator that would emit this wrapper is not available to the build.
/// </summary>
public static class HarvestOrchestratorFunction
{
    /// <summary>Runs (or replays) one generation of a harvest.</summary>
    /// <param name="context">The orchestration context.</param>
    /// <returns>The summary, or null when the generation continued as new.</returns>
    [Function(nameof(HarvestOrchestrator))]
    public static Task<HarvestSummary?> RunAsync([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // The orchestrator keeps no state between calls, so a new one per replay costs nothing.
        return new HarvestOrchestrator().RunAsync(context, context.GetInput<HarvestState>()!);
    }
}
