using TruckFactor.Analysis.Errors;
using TruckFactor.Analysis.Mining;
using TruckFactor.Analysis.Tests.Support;
using TruckFactor.Harvest.Discovery;
using TruckFactor.Harvest.Mining;
using TruckFactor.Harvest.Tests.Support;

namespace TruckFactor.Harvest.Tests.Mining;

/// <summary>
/// The clone cache with GitHub's token against git smart-HTTP servers on 127.0.0.1 run by the test: one that
/// demands the token, as GitHub does for a private repository, and one that is open. The expected head is the
/// fixture's own commit id.
/// </summary>
public sealed class PrivateCloneTests : IDisposable
{
    private const string Token = "ghp_privateCloneToken0123456789abcdef";

    // "anonymous:" in base64, the credentials a host other than the configured one is given.
    private const string AnonymousBasic = "Basic YW5vbnltb3VzOg==";

    private readonly GitFixture _source = SampleRepositories.CarolAlone();
    private readonly string _scratch = Directory.CreateTempSubdirectory("tf-private-").FullName;

    [Fact]
    public async Task Prepare_PrivateRepositoryWithToken_ClonesWithTheTokenOfTheConfiguredHost()
    {
        await using var server = await GitHttpServer.StartAsync(Folder("served"), Token);
        var url = server.Serve(_source.RepositoryPath, "o/private");
        var cache = Cache(server.BaseUrl, Token);

        var (path, display) = cache.Prepare(url, CancellationToken.None);

        Assert.Equal(url, display);
        Assert.Equal(_source.Head(), GitHistoryMiner.ResolveCommit(new MiningRequest(path, display)));
        Assert.Contains(server.Requests, request => request.Authorization == GitHttpServer.BasicHeader(Token));
        AssertNoTokenInFolder(path);
    }

    [Fact]
    public async Task Prepare_CachedPrivateRepositoryChanged_FetchesTheNewCommitWithTheToken()
    {
        await using var server = await GitHttpServer.StartAsync(Folder("served"), Token);
        var url = server.Serve(_source.RepositoryPath, "o/private");
        var cache = Cache(server.BaseUrl, Token);
        cache.Prepare(url, CancellationToken.None);
        _source.WriteFile("extra.go", Content.Lines("e", 5));
        var head = _source.Commit(Person.Dave);
        Push(Path.Combine(server.Root, "o", "private.git"));
        var before = server.Requests.Count;

        var (path, display) = cache.Prepare(url, CancellationToken.None);

        Assert.Equal(head, GitHistoryMiner.ResolveCommit(new MiningRequest(path, display)));
        Assert.Contains(
            server.Requests.Skip(before), request => request.Authorization == GitHttpServer.BasicHeader(Token));
    }

    [Fact]
    public async Task Prepare_PrivateRepositoryWithoutToken_FailsNamingTheRepository()
    {
        await using var server = await GitHttpServer.StartAsync(Folder("served"), Token);
        var url = server.Serve(_source.RepositoryPath, "o/private");
        var cache = Cache(server.BaseUrl, token: null);

        var error = Assert.Throws<RepositoryAccessException>(() => cache.Prepare(url, CancellationToken.None));

        Assert.Contains(url, error.Message, StringComparison.Ordinal);
        Assert.Contains("access", error.Message, StringComparison.Ordinal);
        Assert.All(server.Requests, request => Assert.Null(request.Authorization));
    }

    [Fact]
    public async Task Prepare_WrongToken_FailsWithoutQuotingEitherToken()
    {
        await using var server = await GitHttpServer.StartAsync(Folder("served"), Token);
        var url = server.Serve(_source.RepositoryPath, "o/private");
        const string Wrong = "ghp_wrongTokenForThisServer987654321";
        var cache = Cache(server.BaseUrl, Wrong);

        var error = Assert.Throws<RepositoryAccessException>(() => cache.Prepare(url, CancellationToken.None));

        Assert.Contains(url, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Wrong, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Token, error.ToString(), StringComparison.Ordinal);

        // The refused token is offered once, not replayed until libgit2's limit of 15 authentication rounds.
        Assert.Single(server.Requests, request => request.Authorization is not null);
    }

    [Fact]
    public async Task Prepare_RepositoryOnAnotherOrigin_NeverSendsTheToken()
    {
        await using var privateServer = await GitHttpServer.StartAsync(Folder("private"), Token);
        await using var openServer = await GitHttpServer.StartAsync(Folder("open"), token: null);
        var url = openServer.Serve(_source.RepositoryPath, "o/public");
        var cache = Cache(privateServer.BaseUrl, Token);

        var (path, _) = cache.Prepare(url, CancellationToken.None);

        Assert.Equal(_source.Head(), GitHistoryMiner.ResolveCommit(new MiningRequest(path, url)));
        Assert.NotEmpty(openServer.Requests);
        Assert.All(openServer.Requests, request => Assert.Null(request.Authorization));
        Assert.Empty(privateServer.Requests);
    }

    [Fact]
    public async Task Prepare_ConfiguredHostRedirectsElsewhere_TheOtherHostNeverGetsTheToken()
    {
        await using var elsewhere = await GitHttpServer.StartAsync(Folder("elsewhere"), "ghp_otherHostsOwnToken");
        var url = elsewhere.Serve(_source.RepositoryPath, "o/private");
        await using var configured = await GitHttpServer.StartAsync(Folder("configured"), Token, elsewhere.BaseUrl);
        var cache = Cache(configured.BaseUrl, Token);

        var error = Assert.Throws<RepositoryAccessException>(
            () => cache.Prepare(url.Replace(elsewhere.BaseUrl, configured.BaseUrl, StringComparison.Ordinal), default));

        // libgit2 follows the redirect and asks for credentials for the other host, which get an empty password.
        Assert.NotEmpty(configured.Requests);
        Assert.NotEmpty(elsewhere.Requests);
        Assert.All(elsewhere.Requests, request => Assert.True(request.Authorization is null or AnonymousBasic));
        Assert.DoesNotContain(Token, error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _source.Dispose();
        Directory.Delete(_scratch, recursive: true);
    }

    private RepositoryCache Cache(string cloneBaseUrl, string? token)
    {
        var options = new GitHubOptions { Token = token, CloneBaseUrl = cloneBaseUrl };
        return new RepositoryCache(Folder("cache"), new GitHubCloneCredentials(options).For);
    }

    private void Push(string bare)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = _source.RepositoryPath };
        foreach (var argument in new[] { "push", "--quiet", bare, "HEAD" })
        {
            start.ArgumentList.Add(argument);
        }

        Assert.Equal(0, ChildProcess.Run(start).ExitCode);
    }

    private string Folder(string name) => Directory.CreateDirectory(Path.Combine(_scratch, name)).FullName;

    private static void AssertNoTokenInFolder(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain(Token, File.ReadAllText(file), StringComparison.Ordinal);
        }
    }
}
