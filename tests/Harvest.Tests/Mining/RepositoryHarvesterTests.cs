using System.Net;
using System.Net.Sockets;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging.Abstractions;
using TruckFactor.Analysis.Mining;
using TruckFactor.Harvest.Mining;
using TruckFactor.Harvest.Options;
using TruckFactor.Harvest.Storage;
using TruckFactor.Harvest.Tests.Support;
using TruckFactor.Harvest.Validation;

namespace TruckFactor.Harvest.Tests.Mining;

/// <summary>
/// A storage outage is the harvest's fault, not the repository's: it must fail the activity (to be retried)
/// instead of marking a healthy repository as failed. Storage here is a port on 127.0.0.1 where nothing listens.
/// </summary>
public sealed class RepositoryHarvesterTests
{
    [Fact]
    public async Task HarvestAsync_StorageUnreachable_ThrowsInsteadOfFailingTheRepository()
    {
        using var repository = SampleRepositories.CarolAlone();
        var harvester = Harvester(ClosedPort());

        var error = await Assert.ThrowsAsync<HarvestStorageException>(
            () => harvester.HarvestAsync(repository.RepositoryPath, CancellationToken.None));

        Assert.Contains("blob storage failed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HarvestAsync_MissingRepositoryWhileStorageUnreachable_IsStillTheRepositorysFailure()
    {
        var harvester = Harvester(ClosedPort());

        var outcome = await harvester.HarvestAsync("/nonexistent/tf-missing-repository", CancellationToken.None);

        Assert.False(outcome.Succeeded);
        Assert.Contains("does not exist", outcome.Error, StringComparison.Ordinal);
    }

    private static RepositoryHarvester Harvester(int port)
    {
        var connection = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey="
            + Convert.ToBase64String(new byte[64]) + $";BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
        var options = new BlobClientOptions();
        options.Retry.MaxRetries = 0;
        var container = new BlobServiceClient(connection, options).GetBlobContainerClient("unreachable");
        var access = new RepositoryAccessOptions { AllowLocalPaths = true };
        return new RepositoryHarvester(
            new HarvestStore(container),
            new RepositoryCache(Path.Combine(Path.GetTempPath(), "tf-unused-cache")),
            new RepositoryUrlPolicy(access),
            new GitHistoryMiner(),
            Microsoft.Extensions.Options.Options.Create(access),
            Microsoft.Extensions.Options.Options.Create(new HarvestOptions()),
            NullLogger<RepositoryHarvester>.Instance);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
