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
/// A repository harvested again after new commits: only those are mined, starting from the newest stored log,
/// and the stored result equals a full mine of the new head (the independent route: mining from scratch).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class IncrementalHarvestTests : IDisposable
{
    private readonly AzuriteFixture _azurite;
    private readonly GitFixture _repository = SampleRepositories.BobAndDave();

    public IncrementalHarvestTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    [Fact]
    public async Task HarvestAsync_NewCommitsSinceStoredLog_MinesOnlyThemAndStoresAFullLog()
    {
        var container = new BlobServiceClient(_azurite.ConnectionString)
            .GetBlobContainerClient("incremental" + Guid.NewGuid().ToString("N")[..12]);
        var store = new HarvestStore(container);
        var miner = new RecordingMiner();
        var harvester = Harvester(store, miner);
        var first = await harvester.HarvestAsync(_repository.RepositoryPath, CancellationToken.None);
        _repository.WriteFile("lib/v.py", Content.Lines("v", 12)).Commit(Person.Carol);
        _repository.Move("lib/z.py", "src/z.py").Commit(Person.Dave);

        var second = await harvester.HarvestAsync(_repository.RepositoryPath, CancellationToken.None);
        var third = await harvester.HarvestAsync(_repository.RepositoryPath, CancellationToken.None);

        Assert.True(second.Succeeded, second.Error);
        Assert.False(second.Reused);
        Assert.True(third.Reused);
        Assert.Equal([null, first.Head], miner.PreviousHeads);
        var stored = await store.LoadCommitLogAsync(second.CommitLogBlob!, CancellationToken.None);
        var full = new RawObjectMiner().Mine(
            new MiningRequest(_repository.RepositoryPath, _repository.RepositoryPath), null, default);
        Assert.Equal(first.Commits, stored.Statistics.ReusedCommits);
        Assert.Equal(full.Commits.Select(c => c.Sha), stored.Commits.Select(c => c.Sha));
        Assert.Equal(full.Commits.SelectMany(c => c.Changes), stored.Commits.SelectMany(c => c.Changes));
        Assert.Equal(full.Files, stored.Files);
    }

    public void Dispose() => _repository.Dispose();

    private static RepositoryHarvester Harvester(HarvestStore store, IHistoryMiner miner)
    {
        var access = new RepositoryAccessOptions { AllowLocalPaths = true };
        return new RepositoryHarvester(
            store,
            new RepositoryCache(Path.Combine(Path.GetTempPath(), "tf-unused-cache")),
            new RepositoryUrlPolicy(access),
            miner,
            Microsoft.Extensions.Options.Options.Create(access),
            Microsoft.Extensions.Options.Options.Create(new HarvestOptions()),
            NullLogger<RepositoryHarvester>.Instance);
    }

    /// <summary>The raw miner, noting which earlier log each call was given.</summary>
    private sealed class RecordingMiner : IHistoryMiner
    {
        public List<string?> PreviousHeads { get; } = [];

        public CommitLog Mine(MiningRequest request, IProgress<MiningProgress>? progress, CancellationToken token) =>
            Mine(request, null, progress, token);

        public CommitLog Mine(
            MiningRequest request,
            CommitLog? previous,
            IProgress<MiningProgress>? progress,
            CancellationToken cancellationToken)
        {
            PreviousHeads.Add(previous?.Head);
            return new RawObjectMiner().Mine(request, previous, progress, cancellationToken);
        }
    }
}
