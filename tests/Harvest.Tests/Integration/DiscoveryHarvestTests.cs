using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using TruckFactor.Analysis.Tests.Support;
using TruckFactor.Harvest.Storage;
using TruckFactor.Harvest.Tests.Discovery;
using TruckFactor.Harvest.Tests.Support;

namespace TruckFactor.Harvest.Tests.Integration;

/// <summary>
/// Harvests that discover their repositories, on Azurite through the local host's HTTP API, against a fake GitHub
/// API and a token-protected git server, both on 127.0.0.1 and run by the test. Expected lists are written by hand
/// from the pages served: of a private repository, a fork, an archived one and a repeat, only the private one is
/// kept.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DiscoveryHarvestTests : IDisposable
{
    private const string Token = "ghp_discoveryHarvestToken7Fq2Lx9Zt4Wm";

    private static readonly TimeSpan HarvestTimeout = TimeSpan.FromMinutes(2);

    private readonly AzuriteFixture _azurite;
    private readonly GitFixture _listed = SampleRepositories.AliceMostly();
    private readonly GitFixture _private = SampleRepositories.CarolAlone();
    private readonly string _scratch = Directory.CreateTempSubdirectory("tf-discovery-").FullName;

    public DiscoveryHarvestTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    [Fact]
    public async Task Harvest_ListAndDiscoveredPrivateRepository_MinesBothAndSavesTheResolvedList()
    {
        await using var git = await GitHttpServer.StartAsync(Folder("served"), Token);
        var privateUrl = git.Serve(_private.RepositoryPath, "o/private");
        await using var api = await FakeGitHubApi.StartAsync(
            (context, _) => OrganizationPageAsync(context, privateUrl));
        var hub = Hub(api.BaseUrl, git.BaseUrl, Token);
        await using var host = await hub.StartHostAsync();
        using var client = TestHub.Client(host);

        var (id, _, status) = await HarvestAsync(client, Request(_listed.RepositoryPath));

        Assert.Equal("Completed", status.GetProperty("runtimeStatus").GetString());
        Assert.Equal(1, status.GetProperty("progress").GetProperty("discovered").GetInt32());
        var results = await client.GetFromJsonAsync<JsonElement>($"api/harvests/{id}/results");
        var rows = results.GetProperty("repositories").EnumerateArray().ToList();
        Assert.Equal(
            [_listed.RepositoryPath, privateUrl], rows.Select(row => row.GetProperty("repository").GetString()));
        Assert.All(rows, row => Assert.Equal("succeeded", row.GetProperty("status").GetString()));
        Assert.Equal(_private.Head(), rows[1].GetProperty("head").GetString());
        var discovery = results.GetProperty("discovery");
        Assert.Equal(1, discovery.GetProperty("discovered").GetInt32());
        Assert.Equal("Organization", discovery.GetProperty("request").GetProperty("kind").GetString());
        Assert.Equal(BlobNames.RepositoryList(id), discovery.GetProperty("repositoryListBlob").GetString());
        var list = await hub.Blobs.GetBlobClient(BlobNames.RepositoryList(id)).DownloadContentAsync();
        Assert.Equal($"{_listed.RepositoryPath}\n{privateUrl}\n", list.Value.Content.ToString());
        Assert.Equal(
            ["/orgs/o/repos?type=all&per_page=100", "/orgs/o/repos?page=2"],
            api.Requests.Select(request => request.PathAndQuery));
        Assert.All(api.Requests, request => Assert.Equal("Bearer " + Token, request.Authorization));
        Assert.Contains(git.Requests, request => request.Authorization == GitHttpServer.BasicHeader(Token));
    }

    [Fact]
    public async Task Status_WhileDiscoveryWaitsForItsSecondPage_ShowsTheCountOfTheFirst()
    {
        await using var git = await GitHttpServer.StartAsync(Folder("served"), Token);
        var privateUrl = git.Serve(_private.RepositoryPath, "o/private");
        var secondPage = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var api = await FakeGitHubApi.StartAsync(async (context, index) =>
        {
            if (index > 0)
            {
                await secondPage.Task;
            }

            await OrganizationPageAsync(context, privateUrl);
        });
        var hub = Hub(api.BaseUrl, git.BaseUrl, Token);
        await using var host = await hub.StartHostAsync();
        using var client = TestHub.Client(host);
        var (code, accepted) = await TestHub.PostAsync(client, Request(_listed.RepositoryPath));
        Assert.Equal(202, code);
        var id = accepted.GetProperty("id").GetString()!;

        var during = await PollAsync(client, id, status => status.GetProperty("progress").GetProperty("discovered")
            is { ValueKind: JsonValueKind.Number } discovered && discovered.GetInt32() == 1);
        secondPage.SetResult();
        var final = await TestHub.WaitForCompletionAsync(client, id, HarvestTimeout);

        Assert.Equal("discovering", during.GetProperty("phase").GetString());
        Assert.Equal(1, during.GetProperty("progress").GetProperty("total").GetInt32());
        Assert.Equal("Completed", final.GetProperty("runtimeStatus").GetString());
        Assert.Equal(2, final.GetProperty("progress").GetProperty("total").GetInt32());
        Assert.Equal(1, final.GetProperty("progress").GetProperty("discovered").GetInt32());
    }

    [Fact]
    public async Task Harvest_GitHubRefusesTheToken_FailsClearlyAndHarvestsNothing()
    {
        const string BadToken = "ghp_revokedTokenForThisTest31415926";
        await using var git = await GitHttpServer.StartAsync(Folder("served"), Token);
        await using var api = await FakeGitHubApi.StartAsync((context, _) => FakeGitHubApi.WriteJsonAsync(
            context, 401, new { message = "Bad credentials", documentation_url = "https://docs.github.com/rest" }));
        var hub = Hub(api.BaseUrl, git.BaseUrl, BadToken);
        await using var host = await hub.StartHostAsync();
        using var client = TestHub.Client(host);

        var (id, _, status) = await HarvestAsync(client, Request(_listed.RepositoryPath));

        Assert.Equal("Failed", status.GetProperty("runtimeStatus").GetString());
        Assert.Equal("failed", status.GetProperty("phase").GetString());
        var failure = status.GetProperty("failure").GetString()!;
        Assert.StartsWith("Discovering the repositories failed, so nothing was harvested: The GitHub token was "
            + $"refused by {api.BaseUrl}/ (401: Bad credentials).", failure, StringComparison.Ordinal);
        Assert.DoesNotContain(BadToken, status.ToString(), StringComparison.Ordinal);
        Assert.Single(api.Requests);
        Assert.Empty(git.Requests);
        Assert.Empty(await BlobNamesAsync(hub));
        using var results = await client.GetAsync($"api/harvests/{id}/results");
        Assert.Equal(409, (int)results.StatusCode);
    }

    [Fact]
    public async Task Harvest_PrivateRepositoryWithoutToken_FailsNamingTheRepositoryAndTheSetting()
    {
        await using var git = await GitHttpServer.StartAsync(Folder("served"), Token);
        var privateUrl = git.Serve(_private.RepositoryPath, "o/private");
        var hub = Hub(apiBaseUrl: null, cloneBaseUrl: null, token: null);
        await using var host = await hub.StartHostAsync();
        using var client = TestHub.Client(host);

        var body = JsonSerializer.Serialize(new { repositories = new[] { privateUrl } });
        var (id, _, status) = await HarvestAsync(client, body);

        Assert.Equal("Completed", status.GetProperty("runtimeStatus").GetString());
        var results = await client.GetFromJsonAsync<JsonElement>($"api/harvests/{id}/results");
        var row = Assert.Single(results.GetProperty("repositories").EnumerateArray());
        Assert.Equal("failed", row.GetProperty("status").GetString());
        var error = row.GetProperty("error").GetString()!;
        Assert.Contains($"'{privateUrl}'", error, StringComparison.Ordinal);
        Assert.Contains("remote authentication required", error, StringComparison.Ordinal);
        Assert.Contains("GitHub__Token", error, StringComparison.Ordinal);
        Assert.All(git.Requests, request => Assert.Null(request.Authorization));
    }

    [Fact]
    public async Task Harvest_PrimaryRateLimitThenSecondaryLimit_WaitsOutBothAndCompletes()
    {
        await using var git = await GitHttpServer.StartAsync(Folder("served"), Token);
        var privateUrl = git.Serve(_private.RepositoryPath, "o/private");
        var reset = DateTimeOffset.UtcNow.AddSeconds(2).ToUnixTimeSeconds();
        await using var api = await FakeGitHubApi.StartAsync((context, index) =>
        {
            // The first answer uses up the primary limit until a reset two seconds ahead; the next asks for a
            // one-second pause as a secondary limit does; then the pages come.
            if (index == 0)
            {
                context.Response.Headers["x-ratelimit-remaining"] = "0";
                context.Response.Headers["x-ratelimit-reset"] = reset.ToString(CultureInfo.InvariantCulture);
                return FakeGitHubApi.WriteJsonAsync(context, 403, new { message = "API rate limit exceeded" });
            }

            if (index == 1)
            {
                context.Response.Headers["retry-after"] = "1";
                return FakeGitHubApi.WriteJsonAsync(context, 429, new { message = "secondary rate limit" });
            }

            return OrganizationPageAsync(context, privateUrl);
        });
        var hub = Hub(api.BaseUrl, git.BaseUrl, Token);
        await using var host = await hub.StartHostAsync();
        using var client = TestHub.Client(host);

        var (id, _, status) = await HarvestAsync(client, Request(_listed.RepositoryPath));

        Assert.True(status.GetProperty("runtimeStatus").GetString() == "Completed", status.ToString());
        var times = api.Requests.Select(request => request.Time).ToList();
        Assert.Equal(4, times.Count);
        Assert.True(times[1] >= DateTimeOffset.FromUnixTimeSeconds(reset), $"retried at {times[1]:O}, before reset");
        Assert.True(times[2] - times[1] >= TimeSpan.FromSeconds(0.9), $"paused {times[2] - times[1]}");
        var results = await client.GetFromJsonAsync<JsonElement>($"api/harvests/{id}/results");
        Assert.Equal(2, results.GetProperty("succeeded").GetInt32());
    }

    [Fact]
    public async Task Harvest_RateLimitResetBeyondTheMaximumWait_FailsNamingTheResetTimeAndHarvestsNothing()
    {
        var reset = DateTimeOffset.UtcNow.AddHours(1);
        await using var api = await FakeGitHubApi.StartAsync((context, _) =>
        {
            context.Response.Headers["x-ratelimit-remaining"] = "0";
            context.Response.Headers["x-ratelimit-reset"] =
                reset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            return FakeGitHubApi.WriteJsonAsync(context, 403, new { message = "API rate limit exceeded" });
        });
        var hub = Hub(api.BaseUrl, cloneBaseUrl: null, Token);
        hub.Settings["GitHub:MaxRateLimitWait"] = "00:01:00";
        await using var host = await hub.StartHostAsync();
        using var client = TestHub.Client(host);

        var (_, _, status) = await HarvestAsync(client, Request(_listed.RepositoryPath));

        Assert.Equal("Failed", status.GetProperty("runtimeStatus").GetString());
        var failure = status.GetProperty("failure").GetString()!;
        Assert.Contains(
            $"GitHub's rate limit is used up until {reset.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC", failure,
            StringComparison.Ordinal);
        Assert.Contains("longer than GitHub:MaxRateLimitWait (1 minutes)", failure, StringComparison.Ordinal);
        Assert.Single(api.Requests);
        Assert.Empty(await BlobNamesAsync(hub));
    }

    public void Dispose()
    {
        _listed.Dispose();
        _private.Dispose();
        Directory.Delete(_scratch, recursive: true);
    }

    /// <summary>Two pages of an organisation: the private repository and a fork, then an archived one and the
    /// private one again.</summary>
    internal static Task OrganizationPageAsync(HttpContext context, string privateUrl)
    {
        var repository = FakeGitHubApi.Repository("o/private");
        repository["html_url"] = privateUrl;
        if (context.Request.Query["page"] == "2")
        {
            return FakeGitHubApi.WritePageAsync(
                context, [FakeGitHubApi.Repository("o/old", archived: true), repository], next: null, search: false);
        }

        var next = $"{context.Request.Scheme}://{context.Request.Host}/orgs/o/repos?page=2";
        return FakeGitHubApi.WritePageAsync(
            context, [repository, FakeGitHubApi.Repository("o/fork", fork: true)], next, search: false);
    }

    internal static string Request(string listed) => JsonSerializer.Serialize(new
    {
        repositories = new[] { listed },
        discover = new { organization = "o", limit = 10 },
        batchSize = 10,
    });

    internal static async Task<(string Id, JsonElement Accepted, JsonElement Status)> HarvestAsync(
        HttpClient client,
        string body)
    {
        var (code, accepted) = await TestHub.PostAsync(client, body);
        Assert.True(code == 202, accepted.ToString());
        var id = accepted.GetProperty("id").GetString()!;
        return (id, accepted, await TestHub.WaitForCompletionAsync(client, id, HarvestTimeout));
    }

    private static async Task<JsonElement> PollAsync(HttpClient client, string id, Func<JsonElement, bool> until)
    {
        var deadline = DateTime.UtcNow + HarvestTimeout;
        while (true)
        {
            var status = await client.GetFromJsonAsync<JsonElement>($"api/harvests/{id}");
            if (status.TryGetProperty("progress", out var progress) && progress.ValueKind == JsonValueKind.Object
                && until(status))
            {
                return status;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Harvest {id} never reached the state asked for: {status}");
            await Task.Delay(200);
        }
    }

    internal static async Task<List<string>> BlobNamesAsync(TestHub hub)
    {
        var names = new List<string>();
        if (!await hub.Blobs.ExistsAsync())
        {
            return names;
        }

        await foreach (var blob in hub.Blobs.GetBlobsAsync())
        {
            names.Add(blob.Name);
        }

        return names;
    }

    private TestHub Hub(string? apiBaseUrl, string? cloneBaseUrl, string? token)
    {
        var hub = new TestHub(_azurite.ConnectionString, Path.Combine(_scratch, "cache"));
        hub.Settings["Harvest:Access:AllowedSchemes:0"] = "http";
        hub.Settings["Harvest:Access:AllowedHosts:0"] = "127.0.0.1";
        hub.Settings["Harvest:Access:AllowPrivateAddresses"] = "true";
        var settings = new[] { ("ApiBaseUrl", apiBaseUrl), ("CloneBaseUrl", cloneBaseUrl), ("Token", token) };
        foreach (var (key, value) in settings)
        {
            if (value is not null)
            {
                hub.Settings["GitHub:" + key] = value;
            }
        }

        return hub;
    }

    private string Folder(string name) => Directory.CreateDirectory(Path.Combine(_scratch, name)).FullName;
}
