using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using TruckFactor.Analysis.Tests.Support;
using TruckFactor.Harvest.Models;
using TruckFactor.Harvest.Storage;
using TruckFactor.Harvest.Tests.Support;

namespace TruckFactor.Harvest.Tests.Integration;

/// <summary>
/// Whole harvests on Azurite through the local host's HTTP API. The independent route for the expected values is
/// the command line: each harvested result must equal what <c>truckfactor analyze --format json</c> prints for the
/// same repository (timings aside).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class HarvestIntegrationTests : IDisposable
{
    private static readonly TimeSpan HarvestTimeout = TimeSpan.FromMinutes(2);

    private readonly AzuriteFixture _azurite;
    private readonly GitFixture _alice = SampleRepositories.AliceMostly();
    private readonly GitFixture _bob = SampleRepositories.BobAndDave();
    private readonly GitFixture _carol = SampleRepositories.CarolAlone();
    private readonly GitFixture _empty = SampleRepositories.Empty();
    private readonly string _scratch = Directory.CreateTempSubdirectory("tf-harvest-").FullName;

    public HarvestIntegrationTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    [Fact]
    public async Task Harvest_GoodAndBrokenRepositories_ResultsEqualAnalyzeAndBrokenOnesFail()
    {
        var plainFolder = Directory.CreateDirectory(Path.Combine(_scratch, "not-git")).FullName;
        var missing = Path.Combine(_scratch, "missing");
        string[] good = [_alice.RepositoryPath, _bob.RepositoryPath, _carol.RepositoryPath];
        string[] all = [.. good, missing, _empty.RepositoryPath, plainFolder];
        var hub = new TestHub(_azurite.ConnectionString, Path.Combine(_scratch, "cache"));
        await using var host = await hub.StartHostAsync();
        using var client = TestHub.Client(host);

        var results = await HarvestAsync(client, all);

        var rows = results.GetProperty("repositories").EnumerateArray().ToList();
        Assert.Equal(all, rows.Select(row => row.GetProperty("repository").GetString()));
        Assert.Equal(["succeeded", "succeeded", "succeeded", "failed", "failed", "failed"],
            rows.Select(row => row.GetProperty("status").GetString()));
        Assert.Contains("does not exist", rows[3].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("no commits", rows[4].GetProperty("error").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("not a git repository", rows[5].GetProperty("error").GetString(), StringComparison.Ordinal);
        foreach (var repository in good)
        {
            var blob = BlobNames.RepositoryResult(results.GetProperty("harvestId").GetString()!, repository);
            var harvested = (await hub.Blobs.GetBlobClient(blob).DownloadContentAsync()).Value.Content.ToString();
            Assert.Equal(WithoutTimings(Analyze(repository)), WithoutTimings(harvested));
        }

        var csv = await client.GetStringAsync(
            $"api/harvests/{results.GetProperty("harvestId").GetString()}/results.csv");
        Assert.Equal(7, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.StartsWith(ResultsCsv.Header, csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Harvest_SameUnchangedRepositoriesTwice_SecondReusesStoredCommitLogs()
    {
        string[] repositories = [_alice.RepositoryPath, _bob.RepositoryPath];
        var hub = new TestHub(_azurite.ConnectionString, Path.Combine(_scratch, "cache"));
        await using var host = await hub.StartHostAsync();
        using var client = TestHub.Client(host);

        var first = await HarvestAsync(client, repositories);
        var second = await HarvestAsync(client, repositories);

        var firstBatch = await BatchAsync(hub, first);
        var secondBatch = await BatchAsync(hub, second);
        Assert.All(firstBatch.Outcomes, outcome => Assert.False(outcome.Reused));
        Assert.All(secondBatch.Outcomes, outcome => Assert.True(outcome.Reused));
        Assert.Equal(
            firstBatch.Outcomes.Select(outcome => outcome.CommitLogBlob),
            secondBatch.Outcomes.Select(outcome => outcome.CommitLogBlob));
        Assert.Equal(Rows(first), Rows(second));
    }

    [Fact]
    public async Task Harvest_RepositoryChangedBetweenHarvests_MinesTheNewCommit()
    {
        var hub = new TestHub(_azurite.ConnectionString, Path.Combine(_scratch, "cache"));
        await using var host = await hub.StartHostAsync();
        using var client = TestHub.Client(host);

        var first = await HarvestAsync(client, [_carol.RepositoryPath]);
        _carol.WriteFile("extra.go", Content.Lines("e", 10));
        _carol.Commit(Person.Dave);
        var second = await HarvestAsync(client, [_carol.RepositoryPath]);

        var outcome = Assert.Single((await BatchAsync(hub, second)).Outcomes);
        Assert.False(outcome.Reused);
        Assert.Equal(_carol.Head(), outcome.Head);
        Assert.NotEqual(Assert.Single((await BatchAsync(hub, first)).Outcomes).CommitLogBlob, outcome.CommitLogBlob);
    }

    [Fact]
    public async Task Harvest_AnalysisBlock_ResultEqualsAnalyzeWithTheSameOptions()
    {
        // Bob wrote lib/x2.py and lib/y.py, Dave lib/z.py and lib/w.py. Excluding Dave's two files leaves Bob's two,
        // both his alone: truck factor 1 over 2 files; the analyze command with the same options is the check.
        var hub = new TestHub(_azurite.ConnectionString, Path.Combine(_scratch, "cache"));
        await using var host = await hub.StartHostAsync();
        using var client = TestHub.Client(host);
        var request = JsonNode.Parse(TestHub.Body([_bob.RepositoryPath], batchSize: 10))!.AsObject();
        request["analysis"] = JsonNode.Parse(
            """{"exclude": ["lib/z.py", "w.py"], "coAuthors": true, "halfLifeDays": 3650}""");

        var (status, accepted) = await TestHub.PostAsync(client, request.ToJsonString());
        Assert.True(status == 202, accepted.ToString());
        var id = accepted.GetProperty("id").GetString()!;
        var final = await TestHub.WaitForCompletionAsync(client, id, HarvestTimeout);
        Assert.True(final.GetProperty("runtimeStatus").GetString() == "Completed", final.ToString());

        var blob = BlobNames.RepositoryResult(id, _bob.RepositoryPath);
        var harvested = (await hub.Blobs.GetBlobClient(blob).DownloadContentAsync()).Value.Content.ToString();
        var result = JsonNode.Parse(harvested)!;
        Assert.Equal(1, result["truckFactor"]!.GetValue<int>());
        Assert.Equal(2, result["files"]!.GetValue<int>());
        var excluded = result["settings"]!["exclude"]!.AsArray().Select(n => n!.GetValue<string>());
        Assert.Equal(["lib/z.py", "w.py"], excluded);
        var analyzed = CliRunner.Run(
            Path.Combine(_scratch, "home"), "analyze", _bob.RepositoryPath, "--format", "json", "--exclude",
            "lib/z.py", "--exclude", "w.py", "--co-authors", "--half-life", "3650");
        Assert.True(analyzed.ExitCode == 0, analyzed.Error);
        Assert.Equal(WithoutTimings(analyzed.Text), WithoutTimings(harvested));
    }

    public void Dispose()
    {
        _alice.Dispose();
        _bob.Dispose();
        _carol.Dispose();
        _empty.Dispose();
        Directory.Delete(_scratch, recursive: true);
    }

    private static async Task<JsonElement> HarvestAsync(HttpClient client, string[] repositories)
    {
        var (status, accepted) = await TestHub.PostAsync(client, TestHub.Body(repositories, batchSize: 10));
        Assert.True(status == 202, accepted.ToString());
        var id = accepted.GetProperty("id").GetString()!;
        var final = await TestHub.WaitForCompletionAsync(client, id, HarvestTimeout);
        Assert.True(final.GetProperty("runtimeStatus").GetString() == "Completed", final.ToString());
        return await client.GetFromJsonAsync<JsonElement>($"api/harvests/{id}/results");
    }

    private static async Task<MineBatchResult> BatchAsync(TestHub hub, JsonElement results)
    {
        var name = BlobNames.Batch(results.GetProperty("harvestId").GetString()!, 0);
        var text = (await hub.Blobs.GetBlobClient(name).DownloadContentAsync()).Value.Content.ToString();
        return JsonSerializer.Deserialize<MineBatchResult>(text, JsonSerializerOptions.Web)!;
    }

    private static List<string> Rows(JsonElement results) =>
        [.. results.GetProperty("repositories").EnumerateArray().Select(row =>
        {
            var node = JsonNode.Parse(row.GetRawText())!.AsObject();
            node.Remove("resultBlob");
            return node.ToJsonString();
        })];

    private string Analyze(string repository)
    {
        var run = CliRunner.Run(Path.Combine(_scratch, "home"), "analyze", repository, "--format", "json");
        Assert.True(run.ExitCode == 0, run.Error);
        return run.Text;
    }

    private static string WithoutTimings(string resultJson)
    {
        var node = JsonNode.Parse(resultJson)!;
        node["stats"]!["miningMilliseconds"] = 0;
        node["stats"]!["analysisMilliseconds"] = 0;
        return node.ToJsonString();
    }
}
