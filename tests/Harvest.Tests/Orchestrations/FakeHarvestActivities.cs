using System.Collections.Concurrent;
using Microsoft.DurableTask;
using TruckFactor.Harvest.Activities;
using TruckFactor.Harvest.Models;
using TruckFactor.Harvest.Orchestrations;

namespace TruckFactor.Harvest.Tests.Orchestrations;

/// <summary>
/// Stand-ins for the activities, registered under their real names, that record what the orchestrator asked:
/// which batches, how many at once, and what reached the fan-in.
/// </summary>
internal sealed class FakeHarvestActivities
{
    private int _running;
    private int _mostAtOnce;

    public TimeSpan MineDelay { get; init; } = TimeSpan.FromMilliseconds(150);

    /// <summary>Batches whose activity throws on every attempt.</summary>
    public ISet<int> ThrowingBatches { get; init; } = new HashSet<int>();

    /// <summary>Answers the discovery step; it may throw to play GitHub refusing.</summary>
    public Func<DiscoverRepositoriesInput, int, DiscoveredRepositories>? Discover { get; init; }

    /// <summary>Every call of the discovery step, retries included.</summary>
    public ConcurrentQueue<DiscoverRepositoriesInput> Discoveries { get; } = new();

    public ConcurrentBag<MineBatchInput> Batches { get; } = [];

    public ConcurrentQueue<int> Generations { get; } = new();

    public ComputeInput? Computed { get; private set; }

    public HarvestSummary? Saved { get; private set; }

    public int MostAtOnce => Volatile.Read(ref _mostAtOnce);

    public void Register(DurableTaskRegistry registry)
    {
        registry
            .AddOrchestrator<HarvestOrchestrator>()
            .AddActivityFunc<DiscoverRepositoriesInput, DiscoveredRepositories>(
                nameof(DiscoverRepositoriesActivity), DiscoverRepositories)
            .AddActivityFunc<MineBatchInput, MineBatchResult>(nameof(MineBatchActivity), MineAsync)
            .AddActivityFunc<ComputeInput, ComputeSummary>(nameof(ComputeTruckFactorsActivity), Compute)
            .AddActivityFunc<HarvestSummary, bool>(nameof(SaveHarvestSummaryActivity), Save);
    }

    private DiscoveredRepositories DiscoverRepositories(TaskActivityContext context, DiscoverRepositoriesInput input)
    {
        Discoveries.Enqueue(input);
        return (Discover ?? throw new InvalidOperationException("no discovery configured"))(
            input, Discoveries.Count);
    }

    private async Task<MineBatchResult> MineAsync(TaskActivityContext context, MineBatchInput input)
    {
        var running = Interlocked.Increment(ref _running);
        int seen;
        while ((seen = Volatile.Read(ref _mostAtOnce)) < running
               && Interlocked.CompareExchange(ref _mostAtOnce, running, seen) != seen)
        {
        }

        try
        {
            await Task.Delay(MineDelay);
            Batches.Add(input);
            if (ThrowingBatches.Contains(input.BatchIndex))
            {
                throw new InvalidOperationException($"storage unavailable for batch {input.BatchIndex}");
            }

            var outcomes = input.Repositories.Select(repository =>
                repository.Contains("broken", StringComparison.Ordinal)
                    ? RepositoryOutcome.Failure(repository, "not a git repository")
                    : new RepositoryOutcome(repository, true, "commit-logs/" + repository, "abc", 3, 2, false, null));
            return new MineBatchResult(input.BatchIndex, [.. outcomes]);
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }

    private ComputeSummary Compute(TaskActivityContext context, ComputeInput input)
    {
        Computed = input;
        return new ComputeSummary(1, 0, "harvests/x/results.json");
    }

    private bool Save(TaskActivityContext context, HarvestSummary summary)
    {
        Saved = summary;
        return true;
    }
}
