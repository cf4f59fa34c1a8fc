using Microsoft.DurableTask;
using TruckFactor.Harvest.Activities;
using TruckFactor.Harvest.Discovery;
using TruckFactor.Harvest.Logging;
using TruckFactor.Harvest.Models;

namespace TruckFactor.Harvest.Orchestrations;

/// <summary>
/// Resolves the repository list through <see cref="DiscoverRepositoriesActivity"/> when the request asks to
/// discover repositories, then fans out one <see cref="MineBatchActivity"/> per batch with a bounded number in
/// flight, reports progress in its custom status, continues as new every few batches so its history stays small,
/// then fans in through <see cref="ComputeTruckFactorsActivity"/> and saves the summary.
/// </summary>
public sealed class HarvestOrchestrator : TaskOrchestrator<HarvestState, HarvestSummary?>
{
    /// <inheritdoc />
    public override async Task<HarvestSummary?> RunAsync(TaskOrchestrationContext context, HarvestState input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);

        Validate(input);
        var logger = context.CreateReplaySafeLogger<HarvestOrchestrator>();
        if (input.Input.AwaitsDiscovery)
        {
            input = await DiscoverAsync(context, input).ConfigureAwait(true);
        }

        var harvest = input.Input;
        if (input.Generation == 0)
        {
            logger.HarvestStarted(harvest.HarvestId, harvest.Repositories.Count, harvest.BatchCount);
        }

        var state = await MineGenerationAsync(context, input).ConfigureAwait(true);
        if (state.NextBatch < harvest.BatchCount)
        {
            logger.ContinuingAsNew(harvest.HarvestId, state.NextBatch, harvest.BatchCount);
            context.ContinueAsNew(state with { Generation = state.Generation + 1 });
            return null;
        }

        var minedAt = context.CurrentUtcDateTime;
        context.SetCustomStatus(Progress(state, HarvestPhase.Computing, minedAt));
        var computed = await context.CallActivityAsync<ComputeSummary>(
            nameof(ComputeTruckFactorsActivity),
            new ComputeInput(harvest, state.FailedBatches),
            HarvestRetryPolicies.Transient(harvest)).ConfigureAwait(true);

        var summary = new HarvestSummary(
            harvest.HarvestId, harvest.Repositories.Count, computed.Succeeded, computed.Failed,
            harvest.SubmittedAt, minedAt, context.CurrentUtcDateTime, computed.ResultsBlob, state.Generation + 1);
        await context.CallActivityAsync(
            nameof(SaveHarvestSummaryActivity), summary, HarvestRetryPolicies.Transient(harvest)).ConfigureAwait(true);
        context.SetCustomStatus(Progress(state, HarvestPhase.Completed, minedAt));
        logger.HarvestCompleted(harvest.HarvestId, computed.Succeeded, computed.Failed);
        return summary;
    }

    private static async Task<HarvestState> DiscoverAsync(TaskOrchestrationContext context, HarvestState state)
    {
        var harvest = state.Input;
        context.SetCustomStatus(new HarvestProgress(HarvestPhase.Discovering, harvest.Repositories.Count, 0, 0, 0, 0));
        try
        {
            var found = await context.CallActivityAsync<DiscoveredRepositories>(
                nameof(DiscoverRepositoriesActivity),
                new DiscoverRepositoriesInput(harvest.HarvestId, harvest.Discover!, harvest.Repositories),
                HarvestRetryPolicies.Discovery(harvest)).ConfigureAwait(true);
            return state with
            {
                Input = harvest with { Repositories = found.Repositories, Discovered = found.Discovered },
            };
        }
        catch (TaskFailedException ex)
        {
            // GitHub's refusal is the whole story; the task wrapper's text around it would only bury it.
            var reason = ex.FailureDetails.ErrorMessage;
            context.SetCustomStatus(new HarvestProgress(HarvestPhase.Failed, harvest.Repositories.Count, 0, 0, 0, 0));
            context.CreateReplaySafeLogger<HarvestOrchestrator>().DiscoveryFailed(harvest.HarvestId, reason);
            throw new GitHubDiscoveryException(
                $"Discovering the repositories failed, so nothing was harvested: {reason}");
        }
    }

    private static async Task<HarvestState> MineGenerationAsync(TaskOrchestrationContext context, HarvestState state)
    {
        var harvest = state.Input;
        var end = Math.Min(harvest.BatchCount, state.NextBatch + harvest.BatchesPerGeneration);
        var next = state.NextBatch;
        var failedBatches = new Dictionary<int, string>(state.FailedBatches);
        var inFlight = new Dictionary<Task<MineBatchResult>, int>();
        context.SetCustomStatus(Progress(state, HarvestPhase.Mining, null));

        while (next < end || inFlight.Count > 0)
        {
            while (next < end && inFlight.Count < harvest.MaxParallelBatches)
            {
                var batch = new MineBatchInput(harvest.HarvestId, next, harvest.Batch(next));
                inFlight.Add(
                    context.CallActivityAsync<MineBatchResult>(
                        nameof(MineBatchActivity), batch, HarvestRetryPolicies.Transient(harvest)),
                    next);
                next++;
            }

            var done = await Task.WhenAny(inFlight.Keys).ConfigureAwait(true);
            var index = inFlight[done];
            inFlight.Remove(done);
            state = Count(context, state, done, index, failedBatches);
            context.SetCustomStatus(Progress(state, HarvestPhase.Mining, null));
        }

        return state with { NextBatch = end, FailedBatches = failedBatches };
    }

    private static HarvestState Count(
        TaskOrchestrationContext context,
        HarvestState state,
        Task<MineBatchResult> done,
        int index,
        Dictionary<int, string> failedBatches)
    {
        if (done.IsCompletedSuccessfully)
        {
            var result = done.Result;
            return state with
            {
                Succeeded = state.Succeeded + result.Succeeded,
                Failed = state.Failed + result.Failed,
                BatchesDone = state.BatchesDone + 1,
            };
        }

        // Retries are spent: the batch's repositories fail with the reason, the rest of the harvest goes on.
        var reason = done.Exception?.InnerException is TaskFailedException failed
            ? failed.FailureDetails.ErrorMessage
            : done.Exception?.GetBaseException().Message ?? "unknown error";
        failedBatches[index] = reason;
        context.CreateReplaySafeLogger<HarvestOrchestrator>().BatchFailed(state.Input.HarvestId, index, reason);
        return state with
        {
            Failed = state.Failed + state.Input.Batch(index).Count,
            BatchesDone = state.BatchesDone + 1,
        };
    }

    private static HarvestProgress Progress(HarvestState state, string phase, DateTime? minedAt) =>
        new(phase, state.Input.Repositories.Count, state.Succeeded, state.Failed, state.BatchesDone,
            state.Input.BatchCount, minedAt is null ? null : new DateTimeOffset(minedAt.Value, TimeSpan.Zero),
            state.Input.Discovered);

    private static void Validate(HarvestState state)
    {
        var harvest = state.Input;
        if (harvest?.Repositories is null || (harvest.Repositories.Count == 0 && !harvest.AwaitsDiscovery))
        {
            throw new ArgumentException("The harvest names no repositories and discovers none.", nameof(state));
        }

        if (harvest.BatchSize < 1 || harvest.MaxParallelBatches < 1 || harvest.BatchesPerGeneration < 1)
        {
            throw new ArgumentException(
                "Batch size, parallel batches and batches per generation must each be at least 1.", nameof(state));
        }

        _ = ProfileNames.Parse(harvest.Profile);
    }
}
