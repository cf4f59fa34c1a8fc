using System.Text.Json;
using TruckFactor.Analysis.Tests.Support;
using TruckFactor.Harvest.Tests.Discovery;
using TruckFactor.Harvest.Tests.Support;

namespace TruckFactor.Harvest.Tests.Integration;

/// <summary>
/// The built <c>truckfactor harvest --org</c> against a local host on Azurite whose GitHub settings point at a fake
/// API and a token-protected git server on 127.0.0.1. The expected row is the one private repository the fake
/// organisation's pages keep once forks, archived repositories and repeats are left out.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class HarvestDiscoverCommandTests : IDisposable
{
    private const string Token = "ghp_cliHarvestToken2718281828459045";

    private readonly AzuriteFixture _azurite;
    private readonly GitFixture _private = SampleRepositories.CarolAlone();
    private readonly string _scratch = Directory.CreateTempSubdirectory("tf-cli-discover-").FullName;

    public HarvestDiscoverCommandTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    [Fact]
    public async Task Harvest_OrgWithLimitAndNoListFile_HarvestsTheDiscoveredRepositoryAndShowsTheCount()
    {
        await using var git = await GitHttpServer.StartAsync(Folder("served"), Token);
        var privateUrl = git.Serve(_private.RepositoryPath, "o/private");
        await using var api = await FakeGitHubApi.StartAsync(
            (context, _) => DiscoveryHarvestTests.OrganizationPageAsync(context, privateUrl));
        var hub = new TestHub(_azurite.ConnectionString, Folder("cache"));
        hub.Settings["Harvest:Access:AllowedSchemes:0"] = "http";
        hub.Settings["Harvest:Access:AllowedHosts:0"] = "127.0.0.1";
        hub.Settings["Harvest:Access:AllowPrivateAddresses"] = "true";
        hub.Settings["GitHub:ApiBaseUrl"] = api.BaseUrl;
        hub.Settings["GitHub:CloneBaseUrl"] = git.BaseUrl;
        hub.Settings["GitHub:Token"] = Token;
        await using var host = await hub.StartHostAsync();

        var run = await Task.Run(() => CliRunner.Run(
            Folder("home"), "harvest", "--org", "o", "--limit", "10", "--server", host.ApiAddress!,
            "--api-key", TestHub.ApiKey, "--format", "json"));

        Assert.True(run.ExitCode == 0, run.Error);
        var results = JsonDocument.Parse(run.Text).RootElement;
        var row = Assert.Single(results.GetProperty("repositories").EnumerateArray());
        Assert.Equal(privateUrl, row.GetProperty("repository").GetString());
        Assert.Equal("succeeded", row.GetProperty("status").GetString());
        Assert.Equal(1, results.GetProperty("discovery").GetProperty("discovered").GetInt32());
        Assert.Contains("up to 10 to discover", run.Error, StringComparison.Ordinal);
        Assert.Contains("completed: 1 discovered, 1/1 repositories mined", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, run.Text + run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--server", "http://127.0.0.1:9" }, "Give a list file of repositories, or find them")]
    [InlineData(new[] { "--org", "o" }, "--limit N")]
    [InlineData(new[] { "--limit", "5" }, "--limit needs --discover QUERY")]
    [InlineData(new[] { "--org", "o", "--user", "u", "--limit", "5" }, "Give exactly one of")]
    public void Harvest_IncompleteDiscoveryOptions_FailsBeforeContactingAnyServer(string[] arguments, string expected)
    {
        var run = CliRunner.Run(Folder("home"), ["harvest", .. arguments]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _private.Dispose();
        Directory.Delete(_scratch, recursive: true);
    }

    private string Folder(string name) => Directory.CreateDirectory(Path.Combine(_scratch, name)).FullName;
}
