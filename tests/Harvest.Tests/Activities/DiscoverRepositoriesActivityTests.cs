using System.Text.Json;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging.Abstractions;
using TruckFactor.Harvest.Activities;
using TruckFactor.Harvest.Discovery;
using TruckFactor.Harvest.Models;
using TruckFactor.Harvest.Options;
using TruckFactor.Harvest.Storage;
using TruckFactor.Harvest.Tests.Discovery;
using TruckFactor.Harvest.Tests.Support;
using TruckFactor.Harvest.Validation;

namespace TruckFactor.Harvest.Tests.Activities;

/// <summary>
/// The discovery step on its own, against the fake GitHub API and a blob container on Azurite, with the default
/// URL policy (https on github.com only). Expected lists are written by hand: listed first, then discovered, a
/// repository GitHub names in another case counted once, a host outside the policy left out.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DiscoverRepositoriesActivityTests
{
    private static readonly HarvestDiscovery Org =
        new(DiscoveryKind.Organization, "o", 10, DiscoverySort.None, false, false);

    private readonly AzuriteFixture _azurite;

    public DiscoverRepositoriesActivityTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    [Fact]
    public async Task RunAsync_ListedAndDiscovered_MergesWithoutDuplicatesAndLeavesOutRefusedHosts()
    {
        await using var api = await FakeGitHubApi.StartAsync((context, _) => FakeGitHubApi.WritePageAsync(
            context,
            [Named("O/Listed", "https://github.com/O/Listed"), Named("o/b", "https://github.com/o/b"),
             Named("o/x", "https://gitlab.com/o/x")],
            next: null,
            search: false));
        var (activity, store) = Create(api.BaseUrl);
        var input = new DiscoverRepositoriesInput("h-merge", Org, ["https://github.com/o/listed"]);

        var found = await activity.RunAsync(null!, input);

        Assert.Equal(["https://github.com/o/listed", "https://github.com/o/b"], found.Repositories);
        Assert.Equal((3, 1), (found.Discovered, found.Refused));
        Assert.Equal(
            "https://github.com/o/listed\nhttps://github.com/o/b\n",
            await store.LoadTextAsync(BlobNames.RepositoryList("h-merge"), default));
        var details = JsonDocument.Parse((await store.LoadTextAsync(BlobNames.Discovery("h-merge"), default))!);
        var refused = Assert.Single(details.RootElement.GetProperty("refused").EnumerateArray()).GetString()!;
        Assert.StartsWith("https://gitlab.com/o/x: ", refused, StringComparison.Ordinal);
        Assert.Contains("gitlab.com", refused[24..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_EveryDiscoveredRepositoryRefusedAndNoList_ThrowsNamingThePolicy()
    {
        await using var api = await FakeGitHubApi.StartAsync((context, _) => FakeGitHubApi.WritePageAsync(
            context, [Named("o/x", "https://gitlab.com/o/x")], next: null, search: false));
        var (activity, store) = Create(api.BaseUrl);

        var error = await Assert.ThrowsAsync<GitHubDiscoveryException>(
            () => activity.RunAsync(null!, new DiscoverRepositoriesInput("h-none", Org, [])));

        Assert.StartsWith(
            "All 1 repositories GitHub found for the organization 'o' are refused by the URL policy, the first "
            + "because https://gitlab.com/o/x: ",
            error.Message,
            StringComparison.Ordinal);
        Assert.Null(await store.LoadTextAsync(BlobNames.RepositoryList("h-none"), default));
    }

    private (DiscoverRepositoriesActivity Activity, HarvestStore Store) Create(string apiBaseUrl)
    {
        var container = new BlobServiceClient(_azurite.ConnectionString)
            .GetBlobContainerClient("d" + Guid.NewGuid().ToString("N")[..12]);
        var store = new HarvestStore(container);
        var client = new GitHubDiscoveryClient(new HttpClient(), new GitHubOptions { ApiBaseUrl = apiBaseUrl });
        var activity = new DiscoverRepositoriesActivity(
            client, new RepositoryUrlPolicy(new RepositoryAccessOptions()), store,
            NullLogger<DiscoverRepositoriesActivity>.Instance);
        return (activity, store);
    }

    private static Dictionary<string, object> Named(string fullName, string url)
    {
        var repository = FakeGitHubApi.Repository(fullName);
        repository["html_url"] = url;
        return repository;
    }
}
