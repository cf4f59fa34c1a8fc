using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using TruckFactor.Harvest.Models;
using TruckFactor.Harvest.Orchestrations;

namespace TruckFactor.Harvest.Tests.Orchestrations;

/// <summary>
/// The orchestrator on the in-process Durable test host with recording stand-ins for its activities. Expected
/// numbers follow from the input: n repositories in batches of b give ceil(n / b) batches.
/// </summary>
public sealed class HarvestOrchestratorTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task RunAsync_TenRepositoriesInBatchesOfThree_SchedulesFourBatchesCoveringEachRepositoryOnce()
    {
        var fakes = new FakeHarvestActivities();
        var input = Input(Repositories(10), batchSize: 3, maxParallel: 4, perGeneration: 50);

        var summary = await RunAsync(fakes, input);

        Assert.Equal([0, 1, 2, 3], fakes.Batches.Select(batch => batch.BatchIndex).Order());
        Assert.Equal([3, 3, 3, 1], fakes.Batches.OrderBy(batch => batch.BatchIndex).Select(b => b.Repositories.Count));
        Assert.Equal(input.Repositories, fakes.Batches.OrderBy(b => b.BatchIndex).SelectMany(b => b.Repositories));
        Assert.Equal(10, summary.Total);
        Assert.Equal(1, summary.Generations);
        Assert.NotNull(fakes.Saved);
        Assert.Equal(input.HarvestId, fakes.Computed!.Harvest.HarvestId);
    }

    [Fact]
    public async Task RunAsync_MaxParallelTwo_NeverRunsMoreThanTwoBatchesAtOnce()
    {
        var fakes = new FakeHarvestActivities { MineDelay = TimeSpan.FromMilliseconds(400) };
        var input = Input(Repositories(8), batchSize: 1, maxParallel: 2, perGeneration: 50);

        await RunAsync(fakes, input);

        // Eight one-repository batches with room for eight activities on the host: only the cap limits them.
        Assert.Equal(8, fakes.Batches.Count);
        Assert.Equal(2, fakes.MostAtOnce);
    }

    [Fact]
    public async Task RunAsync_MaxParallelSix_RunsSeveralBatchesAtOnce()
    {
        var fakes = new FakeHarvestActivities { MineDelay = TimeSpan.FromMilliseconds(400) };
        var input = Input(Repositories(6), batchSize: 1, maxParallel: 6, perGeneration: 50);

        await RunAsync(fakes, input);

        Assert.True(fakes.MostAtOnce >= 3, $"at most {fakes.MostAtOnce} batches ran at once");
    }

    [Fact]
    public async Task RunAsync_BrokenRepositoryAndFailingBatch_OthersFinishAndFailuresAreCounted()
    {
        var fakes = new FakeHarvestActivities { ThrowingBatches = new HashSet<int> { 2 } };
        string[] repositories = ["r0", "r1-broken", "r2", "r3", "r4", "r5"];
        var input = Input(repositories, batchSize: 2, maxParallel: 3, perGeneration: 50) with
        {
            RetryAttempts = 2,
            FirstRetrySeconds = 0.2,
        };

        var summary = await RunAsync(fakes, input);

        // Batch 0 holds r0 and r1-broken (one failed outcome); batch 2 (r4, r5) throws on both attempts.
        Assert.Equal(2, fakes.Batches.Count(batch => batch.BatchIndex == 2));
        Assert.Single(fakes.Computed!.FailedBatches);
        Assert.Contains("storage unavailable for batch 2", fakes.Computed.FailedBatches[2], StringComparison.Ordinal);
        Assert.Equal(6, summary.Total);
    }

    [Fact]
    public async Task RunAsync_SevenBatchesTwoPerGeneration_ContinuesAsNewAndMinesEachBatchOnce()
    {
        var fakes = new FakeHarvestActivities { MineDelay = TimeSpan.FromMilliseconds(20) };
        var input = Input(Repositories(7), batchSize: 1, maxParallel: 2, perGeneration: 2);

        var summary = await RunAsync(fakes, input);

        // Batches 0–1, 2–3, 4–5 and 6 run in four generations.
        Assert.Equal(4, summary.Generations);
        Assert.Equal([0, 1, 2, 3, 4, 5, 6], fakes.Batches.Select(batch => batch.BatchIndex).Order());
        Assert.Equal(7, fakes.Computed!.Harvest.Repositories.Count);
    }

    [Fact]
    public async Task RunAsync_NoRepositories_FailsWithAClearMessage()
    {
        var fakes = new FakeHarvestActivities();
        await using var host = await DurableTaskTestHost.StartAsync(fakes.Register);
        var input = Input([], batchSize: 1, maxParallel: 1, perGeneration: 1);

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(HarvestOrchestrator), HarvestState.Start(input));
        using var cancel = new CancellationTokenSource(Timeout);
        var metadata = await host.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cancel.Token);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, metadata.RuntimeStatus);
        Assert.Contains("names no repositories", metadata.FailureDetails!.ErrorMessage, StringComparison.Ordinal);
        Assert.Empty(fakes.Batches);
    }

    private static async Task<HarvestSummary> RunAsync(FakeHarvestActivities fakes, HarvestInput input)
    {
        await using var host = await DurableTaskTestHost.StartAsync(fakes.Register);
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(HarvestOrchestrator), HarvestState.Start(input));
        using var cancel = new CancellationTokenSource(Timeout);
        var metadata = await host.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cancel.Token);
        Assert.True(
            metadata.RuntimeStatus == OrchestrationRuntimeStatus.Completed,
            $"{metadata.RuntimeStatus}: {metadata.FailureDetails?.ErrorMessage}");
        return metadata.ReadOutputAs<HarvestSummary>()!;
    }

    private static string[] Repositories(int count) =>
        [.. Enumerable.Range(0, count).Select(i => $"https://github.com/o/r{i}")];

    private static HarvestInput Input(string[] repositories, int batchSize, int maxParallel, int perGeneration) =>
        new("h-test", repositories, "default", batchSize, maxParallel, perGeneration, DateTimeOffset.UnixEpoch,
            RetryAttempts: 3, FirstRetrySeconds: 0.2);
}
