using Microsoft.DurableTask;

namespace TruckFactor.Harvest.Orchestrations;

/// <summary>The named retry policies of the harvest's activities.</summary>
public static class HarvestRetryPolicies
{
    /// <summary>
    /// Transient faults (storage throttling, a worker lost mid-activity): five attempts, 5 s doubling to at most a
    /// minute. Repository faults never reach it: they are outcomes, not exceptions.
    /// </summary>
    public static TaskOptions Transient { get; } = TaskOptions.FromRetryPolicy(new RetryPolicy(
        maxNumberOfAttempts: 5,
        firstRetryInterval: TimeSpan.FromSeconds(5),
        backoffCoefficient: 2.0,
        maxRetryInterval: TimeSpan.FromMinutes(1)));
}
