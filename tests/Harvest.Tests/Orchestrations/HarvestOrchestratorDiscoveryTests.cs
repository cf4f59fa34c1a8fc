using System.Text.Json;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using TruckFactor.Harvest.Discovery;
using TruckFactor.Harvest.Models;
using TruckFactor.Harvest.Orchestrations;

namespace TruckFactor.Harvest.Tests.Orchestrations;

/// <summary>
/// The orchestrator's discovery step on the in-process Durable test host, with a stand-in discovery that returns
/// chosen lists or throws as GitHub's refusals do. Expected batches follow from the lists: n repositories in
/// batches of b give ceil(n / b) batches.
/// </summary>
public sealed class HarvestOrchestratorDiscoveryTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private static readonly HarvestDiscovery Org =
        new(DiscoveryKind.Organization, "o", 10, DiscoverySort.None, false, false);

    [Fact]
    public async Task RunAsync_DiscoverBlockAndList_MinesListThenDiscoveredAcrossGenerationsDiscoveringOnce()
    {
        string[] discovered = ["https://github.com/o/d0", "https://github.com/o/d1", "https://github.com/o/d2"];
        var fakes = new FakeHarvestActivities
        {
            MineDelay = TimeSpan.FromMilliseconds(20),
            Discover = (input, _) => new([.. input.Listed, .. discovered], 3, 0, "harvests/h-test/repositories.txt"),
        };
        var input = Input(["https://github.com/o/listed"]);

        var (metadata, summary) = await RunAsync(fakes, input);

        // One listed plus three discovered in batches of two, one batch per generation: two generations.
        Assert.Equal(OrchestrationRuntimeStatus.Completed, metadata.RuntimeStatus);
        var call = Assert.Single(fakes.Discoveries);
        Assert.Equal(["https://github.com/o/listed"], call.Listed);
        Assert.Equal(Org, call.Discover);
        Assert.Equal(
            ["https://github.com/o/listed", .. discovered],
            fakes.Batches.OrderBy(batch => batch.BatchIndex).SelectMany(batch => batch.Repositories));
        Assert.Equal(4, summary!.Total);
        Assert.Equal(2, summary.Generations);
        Assert.Equal(3, fakes.Computed!.Harvest.Discovered);
        var progress = JsonSerializer.Deserialize<HarvestProgress>(
            metadata.SerializedCustomStatus!, JsonSerializerOptions.Web)!;
        Assert.Equal((HarvestPhase.Completed, 4, 3), (progress.Phase, progress.Total, progress.Discovered));
    }

    [Fact]
    public async Task RunAsync_GitHubRefusesTheToken_FailsWithItsMessageAtOnceAndMinesNothing()
    {
        const string Refusal = "The GitHub token was refused by http://127.0.0.1:1/ (401: Bad credentials).";
        var fakes = new FakeHarvestActivities { Discover = (_, _) => throw new GitHubDiscoveryException(Refusal) };

        var (metadata, _) = await RunAsync(fakes, Input([]));

        Assert.Equal(OrchestrationRuntimeStatus.Failed, metadata.RuntimeStatus);
        Assert.Equal(
            "Discovering the repositories failed, so nothing was harvested: " + Refusal,
            metadata.FailureDetails!.ErrorMessage);
        Assert.Single(fakes.Discoveries);
        Assert.Empty(fakes.Batches);
        Assert.Null(fakes.Computed);
    }

    [Fact]
    public async Task RunAsync_DiscoveryFailsTransientlyOnce_RetriesAndCompletes()
    {
        var fakes = new FakeHarvestActivities
        {
            Discover = (input, call) => call == 1
                ? throw new InvalidOperationException("storage unavailable")
                : new(["https://github.com/o/d0"], 1, 0, "harvests/h-test/repositories.txt"),
        };

        var (metadata, summary) = await RunAsync(fakes, Input([]));

        Assert.Equal(OrchestrationRuntimeStatus.Completed, metadata.RuntimeStatus);
        Assert.Equal(2, fakes.Discoveries.Count);
        Assert.Equal(1, summary!.Total);
    }

    private static async Task<(OrchestrationMetadata Metadata, HarvestSummary? Summary)> RunAsync(
        FakeHarvestActivities fakes,
        HarvestInput input)
    {
        await using var host = await DurableTaskTestHost.StartAsync(fakes.Register);
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(HarvestOrchestrator), HarvestState.Start(input));
        using var cancel = new CancellationTokenSource(Timeout);
        var metadata = await host.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cancel.Token);
        return (metadata, metadata.RuntimeStatus == OrchestrationRuntimeStatus.Completed
            ? metadata.ReadOutputAs<HarvestSummary>()
            : null);
    }

    private static HarvestInput Input(string[] listed) =>
        new("h-test", listed, "default", BatchSize: 2, MaxParallelBatches: 2, BatchesPerGeneration: 1,
            DateTimeOffset.UnixEpoch, RetryAttempts: 3, FirstRetrySeconds: 0.2, Discover: Org);
}
