using TruckFactor.Analysis.Mining;
using TruckFactor.Analysis.Tests.Support;

namespace TruckFactor.Analysis.Tests.Mining;

/// <summary>
/// The clone cache over file:// URLs of built repositories; the expected commit ids come from git rev-parse.
/// </summary>
public sealed class RepositoryCacheTests : IDisposable
{
    private readonly GitFixture _git = new();
    private readonly string _root = Directory.CreateTempSubdirectory("tf-cache-").FullName;

    [Fact]
    public void Prepare_UrlTwiceWithANewCommitBetween_ClonesThenFetchesTheNewHead()
    {
        _git.WriteFile("a.txt", "one\n").Commit(Person.Alice);
        var cache = new RepositoryCache(_root);
        var url = new Uri(_git.RepositoryPath).AbsoluteUri;

        var (first, _) = cache.Prepare(url, CancellationToken.None);
        var firstHead = GitHistoryMiner.ResolveCommit(new MiningRequest(first, url));
        _git.WriteFile("a.txt", "two\n").Commit(Person.Bob);
        var (second, _) = cache.Prepare(url, CancellationToken.None);

        Assert.Equal(first, second);
        Assert.StartsWith(_root, first, StringComparison.Ordinal);
        Assert.NotEqual(firstHead, _git.Head());
        Assert.Equal(_git.Head(), GitHistoryMiner.ResolveCommit(new MiningRequest(second, url)));
    }

    [Fact]
    public void Remove_CachedUrl_DeletesOnlyThatClone()
    {
        _git.WriteFile("a.txt", "one\n").Commit(Person.Alice);
        var cache = new RepositoryCache(_root);
        var url = new Uri(_git.RepositoryPath).AbsoluteUri;
        var (path, _) = cache.Prepare(url, CancellationToken.None);

        var removed = cache.Remove(url);

        Assert.True(removed);
        Assert.False(Directory.Exists(path));
        Assert.False(cache.Remove(url));
    }

    [Fact]
    public void Remove_LocalPath_LeavesItAlone()
    {
        _git.WriteFile("a.txt", "one\n").Commit(Person.Alice);

        var removed = new RepositoryCache(_root).Remove(_git.RepositoryPath);

        Assert.False(removed);
        Assert.True(Directory.Exists(Path.Combine(_git.RepositoryPath, ".git")));
    }

    public void Dispose()
    {
        _git.Dispose();
        Directory.Delete(_root, recursive: true);
    }
}
