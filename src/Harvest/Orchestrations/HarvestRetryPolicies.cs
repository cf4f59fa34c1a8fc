using Microsoft.DurableTask;
using TruckFactor.Harvest.Discovery;
using TruckFactor.Harvest.Models;

namespace TruckFactor.Harvest.Orchestrations;

/// <summary>The named retry policies of the harvest's activities.</summary>
public static class HarvestRetryPolicies
{
    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Transient faults (storage throttling, a worker lost mid-activity): the harvest's attempts (5 by default),
    /// the first wait (5 s by default) doubling up to a minute. Repository faults never reach it: they are
    /// outcomes, not exceptions.
    /// </summary>
    /// <param name="harvest">The harvest, which carries the configured attempts and first wait.</param>
    /// <returns>The task options to call an activity with.</returns>
    public static TaskOptions Transient(HarvestInput harvest)
    {
        ArgumentNullException.ThrowIfNull(harvest);

        return TaskOptions.FromRetryPolicy(new RetryPolicy(
            maxNumberOfAttempts: Math.Max(1, harvest.RetryAttempts),
            firstRetryInterval: TimeSpan.FromSeconds(Math.Max(0.1, harvest.FirstRetrySeconds)),
            backoffCoefficient: 2.0,
            maxRetryInterval: LongestWait));
    }

    /// <summary>
    /// The discovery step: the transient policy, except that GitHub's own refusals (a bad token, a rate limit
    /// that lasts too long, an unknown account) fail at once, since asking again gives the same answer.
    /// </summary>
    /// <param name="harvest">The harvest, which carries the configured attempts and first wait.</param>
    /// <returns>The task options to call the discovery activity with.</returns>
    public static TaskOptions Discovery(HarvestInput harvest)
    {
        ArgumentNullException.ThrowIfNull(harvest);

        return TaskOptions.FromRetryPolicy(new RetryPolicy(
            maxNumberOfAttempts: Math.Max(1, harvest.RetryAttempts),
            firstRetryInterval: TimeSpan.FromSeconds(Math.Max(0.1, harvest.FirstRetrySeconds)),
            backoffCoefficient: 2.0,
            maxRetryInterval: LongestWait)
        {
            HandleFailure = failure => !failure.IsCausedBy<GitHubDiscoveryException>()
                && !failure.IsCausedBy<ArgumentException>(),
        });
    }
}
