using System.Net;
using System.Text.Json;
using TruckFactor.Harvest.Tests.Support;

namespace TruckFactor.Harvest.Tests.Integration;

/// <summary>
/// The local host's HTTP API answers bad input with the right status and a message naming the problem.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class HarvestApiTests : IAsyncLifetime
{
    private readonly AzuriteFixture _azurite;
    private readonly string _scratch = Directory.CreateTempSubdirectory("tf-api-").FullName;
    private LocalHost.LocalHarvestHost? _host;
    private HttpClient? _client;

    public HarvestApiTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    public async Task InitializeAsync()
    {
        var hub = new TestHub(_azurite.ConnectionString, Path.Combine(_scratch, "cache"));
        hub.Settings["Harvest:MaxRepositories"] = "3";
        _host = await hub.StartHostAsync();
        _client = TestHub.Client(_host);
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        Directory.Delete(_scratch, recursive: true);
    }

    [Theory]
    [InlineData("{\"repositories\": [", "not valid JSON")]
    [InlineData("[\"https://github.com/o/n\"]", "JSON array, not an")]
    [InlineData("{\"repositories\": []}", "empty")]
    [InlineData("{}", "repositories")]
    [InlineData("{\"repositories\": [\"a\",\"b\",\"c\",\"d\"]}", "at most 3")]
    [InlineData("{\"repositories\": [\"ftp://github.com/o/n\"]}", "ftp")]
    [InlineData("{\"repositories\": [\"https://example.org/o/n\"]}", "example.org")]
    [InlineData("{\"repositories\": [\"https://127.0.0.1/o/n\"]}", "127.0.0.1")]
    [InlineData("{\"repositories\": [\"https://github.com/o/n\"], \"profile\": \"best\"}", "best")]
    [InlineData("{\"repositories\": [\"https://github.com/o/n\"], \"batchSize\": 0}", "batchSize")]
    public async Task Post_BadRequest_Answers400NamingTheProblem(string body, string expected)
    {
        var (status, problem) = await TestHub.PostAsync(_client!, body);

        Assert.Equal(400, status);
        var errors = string.Join("\n", problem.GetProperty("errors").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains(expected, errors, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Post_DuplicateEntries_Answers202AndListsTheDuplicates()
    {
        // Local paths that do not exist: the harvest this schedules fails at once and reaches no network.
        var missing = Path.Combine(_scratch, "missing");
        string[] repositories = [missing + "/a", missing + "/a/", missing + "/b"];
        var body = JsonSerializer.Serialize(new { repositories });

        var (status, accepted) = await TestHub.PostAsync(_client!, body);

        Assert.Equal(202, status);
        Assert.Equal(2, accepted.GetProperty("repositories").GetInt32());
        Assert.Equal([missing + "/a/"],
            accepted.GetProperty("duplicatesRemoved").EnumerateArray().Select(e => e.GetString()));
        var id = accepted.GetProperty("id").GetString();
        Assert.EndsWith(
            $"/api/harvests/{id}",
            accepted.GetProperty("statusQueryGetUri").GetString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutKeyOrWithWrongKey_Answers401()
    {
        using var anonymous = TestHub.Client(_host!, key: null);
        using var wrong = TestHub.Client(_host!, key: "not-the-key");

        var (statusWithout, _) = await TestHub.PostAsync(anonymous, TestHub.Body(["https://github.com/o/n"]));
        var (statusWrong, _) = await TestHub.PostAsync(wrong, TestHub.Body(["https://github.com/o/n"]));
        using var query = await anonymous.GetAsync($"api/harvests/h1?code={TestHub.ApiKey}");

        Assert.Equal(401, statusWithout);
        Assert.Equal(401, statusWrong);
        Assert.Equal(HttpStatusCode.NotFound, query.StatusCode);
    }

    [Theory]
    [InlineData("api/harvests/h20200101T000000-00000000")]
    [InlineData("api/harvests/h20200101T000000-00000000/results")]
    [InlineData("api/harvests/h20200101T000000-00000000/results.csv")]
    [InlineData("api/harvests/..%2F..%2Fetc/results")]
    public async Task Get_UnknownHarvest_Answers404(string path)
    {
        using var response = await _client!.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
