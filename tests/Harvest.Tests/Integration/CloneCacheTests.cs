using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging.Abstractions;
using TruckFactor.Analysis.Mining;
using TruckFactor.Analysis.Tests.Support;
using TruckFactor.Harvest.Mining;
using TruckFactor.Harvest.Options;
using TruckFactor.Harvest.Storage;
using TruckFactor.Harvest.Tests.Support;
using TruckFactor.Harvest.Validation;

namespace TruckFactor.Harvest.Tests.Integration;

/// <summary>
/// Clones of URLs stay in the worker's cache between harvests, unless Harvest:KeepClones is off. A file:// URL is
/// cloned like any remote (the API turns such URLs into paths, so the harvester is called directly here).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class CloneCacheTests : IDisposable
{
    private readonly AzuriteFixture _azurite;
    private readonly GitFixture _repository = SampleRepositories.CarolAlone();
    private readonly string _scratch = Directory.CreateTempSubdirectory("tf-clones-").FullName;

    public CloneCacheTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    public async Task HarvestAsync_FileUrl_KeepsTheCloneOnlyWhenAsked(bool keepClones, int expectedClones)
    {
        var cache = Path.Combine(_scratch, "cache-" + keepClones);
        var access = new RepositoryAccessOptions { AllowLocalPaths = true };
        var container = new BlobServiceClient(_azurite.ConnectionString)
            .GetBlobContainerClient("clones" + Guid.NewGuid().ToString("N")[..12]);
        var harvester = new RepositoryHarvester(
            new HarvestStore(container),
            new RepositoryCache(cache),
            new RepositoryUrlPolicy(access),
            new GitHistoryMiner(),
            Microsoft.Extensions.Options.Options.Create(access),
            Microsoft.Extensions.Options.Options.Create(new HarvestOptions { KeepClones = keepClones }),
            NullLogger<RepositoryHarvester>.Instance);
        var url = new Uri(_repository.RepositoryPath).AbsoluteUri;

        var outcome = await harvester.HarvestAsync(url, CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.Error);
        Assert.Equal(_repository.Head(), outcome.Head);
        var clones = Directory.Exists(cache)
            ? Directory.EnumerateDirectories(cache, "objects", SearchOption.AllDirectories).Count()
            : 0;
        Assert.Equal(expectedClones, clones);
    }

    public void Dispose()
    {
        _repository.Dispose();
        Directory.Delete(_scratch, recursive: true);
    }
}
