using System.Net.Http.Json;
using System.Text.Json;
using TruckFactor.Analysis.Tests.Support;
using TruckFactor.Harvest.Models;
using TruckFactor.Harvest.Storage;
using TruckFactor.Harvest.Tests.Support;

namespace TruckFactor.Harvest.Tests.Integration;

/// <summary>
/// Continue-as-new on the Azure Storage task hub: the gRPC sidecar restarts a generation in the same work item,
/// which the in-memory test host does not exercise. Five one-repository batches, two per generation, run in
/// three generations.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class LongListTests : IDisposable
{
    private readonly AzuriteFixture _azurite;
    private readonly string _scratch = Directory.CreateTempSubdirectory("tf-long-").FullName;
    private readonly List<GitFixture> _repositories = [];

    public LongListTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    [Fact]
    public async Task Harvest_FiveBatchesTwoPerGeneration_ContinuesAsNewAndListsEachRepositoryOnce()
    {
        for (var i = 0; i < 5; i++)
        {
            _repositories.Add(i % 2 == 0 ? SampleRepositories.AliceMostly() : SampleRepositories.CarolAlone());
        }

        string[] paths = [.. _repositories.Select(repository => repository.RepositoryPath)];
        var hub = new TestHub(_azurite.ConnectionString, Path.Combine(_scratch, "cache"));
        hub.Settings["Harvest:BatchesPerGeneration"] = "2";
        hub.Settings["Harvest:MaxParallelBatches"] = "2";
        await using var host = await hub.StartHostAsync();
        using var client = TestHub.Client(host);

        var (status, accepted) = await TestHub.PostAsync(client, TestHub.Body(paths, batchSize: 1));
        Assert.Equal(202, status);
        var id = accepted.GetProperty("id").GetString()!;
        var final = await TestHub.WaitForCompletionAsync(client, id, TimeSpan.FromMinutes(2));

        Assert.True(final.GetProperty("runtimeStatus").GetString() == "Completed", final.ToString());
        var progress = final.GetProperty("progress");
        Assert.Equal(5, progress.GetProperty("succeeded").GetInt32());
        Assert.Equal(5, progress.GetProperty("batchesDone").GetInt32());
        var summaryText = (await hub.Blobs.GetBlobClient(BlobNames.Summary(id)).DownloadContentAsync()).Value.Content;
        var summary = JsonSerializer.Deserialize<HarvestSummary>(summaryText.ToString(), JsonSerializerOptions.Web)!;
        Assert.Equal(3, summary.Generations);
        var results = await client.GetFromJsonAsync<JsonElement>($"api/harvests/{id}/results");
        Assert.Equal(paths, results.GetProperty("repositories").EnumerateArray()
            .Select(row => row.GetProperty("repository").GetString()));
    }

    public void Dispose()
    {
        foreach (var repository in _repositories)
        {
            repository.Dispose();
        }

        Directory.Delete(_scratch, recursive: true);
    }
}
