using System.Net.Http.Json;
using System.Text.Json;
using TruckFactor.Harvest.Models;
using TruckFactor.Harvest.Storage;
using TruckFactor.Harvest.Tests.Support;

namespace TruckFactor.Harvest.Tests.Integration;

/// <summary>
/// Two local workers share one harvest through the task hub's queues, and a worker killed mid-activity (SIGKILL)
/// loses nothing: after it restarts, the harvest completes with every repository's result exactly once.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SharedWorkersTests : IDisposable
{
    private const int RepositoryCount = 6;

    private readonly AzuriteFixture _azurite;
    private readonly string _scratch = Directory.CreateTempSubdirectory("tf-workers-").FullName;

    public SharedWorkersTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    [Fact]
    public async Task Harvest_SecondWorkerKilledMidBatchThenRestarted_CompletesWithEachResultOnce()
    {
        var repositories = CreateRepositories();
        var hub = new TestHub(_azurite.ConnectionString, Path.Combine(_scratch, "cache-a"));
        hub.Settings["LocalHost:MaxConcurrentActivities"] = "1";
        var workerHub = new TestHub(_azurite.ConnectionString, Path.Combine(_scratch, "cache-b"));
        foreach (var key in new[] { "LocalHost:TaskHub", "Harvest:ContainerName" })
        {
            workerHub.Settings[key] = hub.Settings[key];
        }

        using var first = WorkerProcess.Start(workerHub, Path.Combine(_scratch, "home-b"));
        await first.WaitForLineAsync(
            line => line.Contains("running up to", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
        await using var host = await hub.StartHostAsync();
        using var client = TestHub.Client(host);

        var (status, accepted) = await TestHub.PostAsync(client, TestHub.Body(repositories, batchSize: 1));
        Assert.Equal(202, status);
        var id = accepted.GetProperty("id").GetString()!;
        var mining = await first.WaitForLineAsync(
            line => line.Contains("Mining ", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
        var killedWorker = $"-{first.Id}";
        first.Kill();
        using var second = WorkerProcess.Start(workerHub, Path.Combine(_scratch, "home-b"));
        var final = await TestHub.WaitForCompletionAsync(client, id, TimeSpan.FromMinutes(3));

        Assert.True(final.GetProperty("runtimeStatus").GetString() == "Completed", final.ToString());
        var results = await client.GetFromJsonAsync<JsonElement>($"api/harvests/{id}/results");
        var rows = results.GetProperty("repositories").EnumerateArray().ToList();
        Assert.Equal(repositories.Order(), rows.Select(row => row.GetProperty("repository").GetString()!).Order());
        Assert.All(rows, row => Assert.Equal("succeeded", row.GetProperty("status").GetString()));
        var killedRepository = repositories.Single(repository => mining.Contains(repository, StringComparison.Ordinal));
        var outcomes = await OutcomesAsync(hub, id);
        Assert.Equal(repositories.Order(), outcomes.Select(outcome => outcome.Repository).Order());
        Assert.False(outcomes.Single(o => o.Repository == killedRepository).Worker!
            .EndsWith(killedWorker, StringComparison.Ordinal));
        // The separate worker took work from the shared queue (it logged mining before it was killed), and what it
        // held was finished elsewhere: no saved outcome comes from the killed process.
        Assert.All(
            outcomes,
            outcome => Assert.False(outcome.Worker!.EndsWith(killedWorker, StringComparison.Ordinal)));
    }

    public void Dispose()
    {
        Directory.Delete(_scratch, recursive: true);
    }

    private string[] CreateRepositories()
    {
        var template = Path.Combine(_scratch, "template.git");
        GeneratedHistory.Create(template, commits: 4000, files: 300);
        var paths = new string[RepositoryCount];
        for (var i = 0; i < RepositoryCount; i++)
        {
            paths[i] = Path.Combine(_scratch, $"repo{i}.git");
            CopyFolder(template, paths[i]);
        }

        return paths;
    }

    private static async Task<List<RepositoryOutcome>> OutcomesAsync(TestHub hub, string id)
    {
        var outcomes = new List<RepositoryOutcome>();
        for (var index = 0; index < RepositoryCount; index++)
        {
            var text = (await hub.Blobs.GetBlobClient(BlobNames.Batch(id, index)).DownloadContentAsync()).Value.Content;
            outcomes.AddRange(
                JsonSerializer.Deserialize<MineBatchResult>(text.ToString(), JsonSerializerOptions.Web)!.Outcomes);
        }

        return outcomes;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(directory.Replace(from, to, StringComparison.Ordinal));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
        }
    }
}
