using System.Globalization;
using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using TruckFactor.Harvest.Discovery;
using static TruckFactor.Harvest.Tests.Discovery.FakeGitHubApi;

namespace TruckFactor.Harvest.Tests.Discovery;

/// <summary>
/// The discovery client against a fake GitHub API on 127.0.0.1. Expected lists are written by hand from the pages
/// each test serves.
/// </summary>
public sealed class GitHubDiscoveryClientTests
{
    private const string Token = "ghp_testTokenThatMustNotLeak0123456789";

    [Fact]
    public async Task DiscoverAsync_SearchOverThreePages_FollowsLinksInOrder()
    {
        await using var api = await StartAsync((context, index) => Paged(context, index, pages: 3));
        var progress = new List<int>();

        var found = await DiscoverAsync(
            api, new DiscoveryQuery(DiscoveryKind.Search, "language:java stars:>1000", 100), progress: progress);

        Assert.Equal(
            ["https://github.com/o/p0a", "https://github.com/o/p0b", "https://github.com/o/p1a",
             "https://github.com/o/p1b", "https://github.com/o/p2a", "https://github.com/o/p2b"],
            found);
        Assert.Equal([2, 4, 6], progress);
        var first = api.Requests[0];
        Assert.Equal("language:java stars:>1000", first.Query);
        Assert.StartsWith("/search/repositories?q=", first.PathAndQuery, StringComparison.Ordinal);
        Assert.EndsWith("&sort=stars&order=desc&per_page=100&page=1", first.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal("/next?page=2", api.Requests[1].PathAndQuery);
        Assert.Equal("/next?page=3", api.Requests[2].PathAndQuery);
        Assert.Equal("application/vnd.github+json", first.Accept);
        Assert.Equal("2022-11-28", first.ApiVersion);
        Assert.Equal("TruckFactor", first.UserAgent);
    }

    [Fact]
    public async Task DiscoverAsync_SearchBeyondItsThousandResults_StopsAtTheCapWithoutAnEleventhRequest()
    {
        // Ten pages of 100 results, each half forks, and a Link to an eleventh page that GitHub would refuse (422):
        // 500 repositories kept from the 1,000 results a search can serve, in ten requests.
        await using var api = await StartAsync((context, index) =>
        {
            if (index >= 10)
            {
                return WriteJsonAsync(
                    context, 422, new { message = "Only the first 1000 search results are available" });
            }

            var items = Enumerable.Range(0, 100)
                .Select(i => Repository($"o/r{index}-{i}", fork: i % 2 == 1))
                .ToArray();
            return WritePageAsync(context, items, Next(context, index + 2));
        });

        var found = await DiscoverAsync(api, new DiscoveryQuery(DiscoveryKind.Search, "big", 2000));

        Assert.Equal(500, found.Count);
        Assert.Equal(10, api.Requests.Count);
    }

    [Fact]
    public async Task DiscoverAsync_LimitReachedOnSecondPage_StopsWithoutThirdRequest()
    {
        await using var api = await StartAsync((context, index) => Paged(context, index, pages: 3));

        var found = await DiscoverAsync(api, new DiscoveryQuery(DiscoveryKind.Search, "x", 3));

        Assert.Equal(["https://github.com/o/p0a", "https://github.com/o/p0b", "https://github.com/o/p1a"], found);
        Assert.Equal(2, api.Requests.Count);
    }

    [Theory]
    [InlineData(false, false, new[] { "o/plain" })]
    [InlineData(true, false, new[] { "o/plain", "o/fork" })]
    [InlineData(false, true, new[] { "o/plain", "o/old" })]
    [InlineData(true, true, new[] { "o/plain", "o/fork", "o/old" })]
    public async Task DiscoverAsync_OrganizationWithForksAndArchived_KeepsOnlyWhatIsAsked(
        bool forks,
        bool archived,
        string[] expected)
    {
        await using var api = await StartAsync((context, _) => WritePageAsync(
            context,
            [Repository("o/plain"), Repository("o/fork", fork: true), Repository("o/old", archived: true)],
            next: null,
            search: false));
        var query = new DiscoveryQuery(DiscoveryKind.Organization, "o", 10)
        {
            Sort = DiscoverySort.None, IncludeForks = forks, IncludeArchived = archived,
        };

        var found = await DiscoverAsync(api, query);

        Assert.Equal(expected.Select(name => "https://github.com/" + name), found);
        Assert.Equal("/orgs/o/repos?type=all&per_page=100", api.Requests[0].PathAndQuery);
    }

    [Fact]
    public async Task DiscoverAsync_TopicWithForks_SearchesTopicWithForkTrue()
    {
        await using var api = await StartAsync((context, _) => WritePageAsync(context, [], next: null));

        await DiscoverAsync(api, new DiscoveryQuery(DiscoveryKind.Topic, "git", 5) { IncludeForks = true });

        Assert.Equal("topic:git fork:true", api.Requests[0].Query);
    }

    [Fact]
    public async Task DiscoverAsync_DuplicatesAcrossPages_ReturnedOnce()
    {
        await using var api = await StartAsync((context, index) => index == 0
            ? WritePageAsync(context, [Repository("O/A"), Repository("o/b")], Next(context, 2))
            : WritePageAsync(context, [Repository("o/a"), Repository("o/c")], next: null));

        var found = await DiscoverAsync(api, new DiscoveryQuery(DiscoveryKind.Search, "x", 10));

        Assert.Equal(["https://github.com/O/A", "https://github.com/o/b", "https://github.com/o/c"], found);
    }

    [Fact]
    public async Task DiscoverAsync_PrimaryRateLimit_WaitsUntilResetThenContinues()
    {
        var reset = DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 2;
        await using var api = await StartAsync((context, index) =>
        {
            if (index == 1)
            {
                context.Response.Headers["x-ratelimit-remaining"] = "0";
                context.Response.Headers["x-ratelimit-reset"] = reset.ToString(CultureInfo.InvariantCulture);
                return WriteJsonAsync(context, 403, new { message = "API rate limit exceeded for 127.0.0.1." });
            }

            return Paged(context, index == 0 ? 0 : 1, pages: 2);
        });

        var found = await DiscoverAsync(api, new DiscoveryQuery(DiscoveryKind.Search, "x", 10));

        Assert.Equal(4, found.Count);
        Assert.Equal(3, api.Requests.Count);
        Assert.True(api.Requests[2].Time >= DateTimeOffset.FromUnixTimeSeconds(reset), "retried before the reset");
    }

    [Fact]
    public async Task DiscoverAsync_SecondaryRateLimitWithRetryAfter_WaitsThatLong()
    {
        await using var api = await StartAsync((context, index) =>
        {
            if (index == 0)
            {
                context.Response.Headers["retry-after"] = "1";
                return WriteJsonAsync(context, 429, new { message = "You have exceeded a secondary rate limit." });
            }

            return Paged(context, 0, pages: 1);
        });
        var clock = Stopwatch.StartNew();

        var found = await DiscoverAsync(api, new DiscoveryQuery(DiscoveryKind.Search, "x", 10));

        Assert.Equal(2, found.Count);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1), $"waited only {clock.Elapsed}");
    }

    [Fact]
    public async Task DiscoverAsync_SecondaryRateLimitWithoutHeaders_BacksOffDoublingThenFails()
    {
        await using var api = await StartAsync((context, _) =>
            WriteJsonAsync(context, 403, new { message = "You have exceeded a secondary rate limit." }));
        var options = new GitHubOptions { SecondaryRateLimitDelay = TimeSpan.FromMilliseconds(100) };

        var error = await Assert.ThrowsAsync<GitHubDiscoveryException>(
            () => DiscoverAsync(api, new DiscoveryQuery(DiscoveryKind.Search, "x", 10), options));

        // One try and three retries, waiting 100, 200 and 400 ms between them.
        var times = api.Requests.Select(request => request.Time).ToList();
        Assert.Equal(4, times.Count);
        Assert.True(times[2] - times[1] >= TimeSpan.FromMilliseconds(190), "second wait did not double");
        Assert.True(times[3] - times[2] >= TimeSpan.FromMilliseconds(390), "third wait did not double");
        Assert.Contains("rate limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DiscoverAsync_PrimaryResetBeyondMaxWait_FailsNamingResetTime()
    {
        var reset = DateTimeOffset.UtcNow.AddHours(1);
        await using var api = await StartAsync((context, _) =>
        {
            context.Response.Headers["x-ratelimit-remaining"] = "0";
            context.Response.Headers["x-ratelimit-reset"] =
                reset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            return WriteJsonAsync(context, 429, new { message = "API rate limit exceeded" });
        });

        var error = await Assert.ThrowsAsync<GitHubDiscoveryException>(
            () => DiscoverAsync(api, new DiscoveryQuery(DiscoveryKind.Search, "x", 10)));

        Assert.Contains(reset.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), error.Message,
            StringComparison.Ordinal);
        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task DiscoverAsync_Unauthorized_ThrowsTokenRefused()
    {
        await using var api = await StartAsync((context, _) =>
            WriteJsonAsync(context, 401, new { message = "Bad credentials" }));

        var error = await Assert.ThrowsAsync<GitHubDiscoveryException>(
            () => DiscoverAsync(api, new DiscoveryQuery(DiscoveryKind.Search, "x", 10), new() { Token = Token }));

        Assert.Contains("token was refused", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Token, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DiscoverAsync_NextLinkOnAnotherHost_RefusedAndTokenNotSent()
    {
        await using var other = await StartAsync((context, _) => WritePageAsync(context, [], next: null));
        await using var api = await StartAsync((context, _) =>
            WritePageAsync(context, [Repository("o/a")], other.BaseUrl + "/search/repositories?page=2"));

        var error = await Assert.ThrowsAsync<GitHubDiscoveryException>(
            () => DiscoverAsync(api, new DiscoveryQuery(DiscoveryKind.Search, "x", 10), new() { Token = Token }));

        Assert.Empty(other.Requests);
        Assert.Contains("not followed", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Token, "Bearer " + Token)]
    [InlineData(null, null)]
    public async Task DiscoverAsync_TokenSetOrNot_AuthorizationSentOnlyWithToken(string? token, string? expected)
    {
        await using var api = await StartAsync((context, index) => Paged(context, index, pages: 2));

        await DiscoverAsync(api, new DiscoveryQuery(DiscoveryKind.Search, "x", 10), new() { Token = token });

        Assert.All(api.Requests, request => Assert.Equal(expected, request.Authorization));
    }

    [Fact]
    public async Task DiscoverAsync_ServerEchoesToken_TokenRedactedFromMessage()
    {
        await using var api = await StartAsync((context, _) => WriteJsonAsync(
            context, 500, new { message = "echo " + context.Request.Headers.Authorization }));

        var error = await Assert.ThrowsAsync<GitHubDiscoveryException>(
            () => DiscoverAsync(api, new DiscoveryQuery(DiscoveryKind.Search, "x", 10), new() { Token = Token }));

        Assert.Contains("echo Bearer ***", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DiscoveryKind.Search, "x", 0, DiscoverySort.Stars)]
    [InlineData(DiscoveryKind.Search, "x", 5001, DiscoverySort.Stars)]
    [InlineData(DiscoveryKind.Organization, "o", 10, DiscoverySort.Stars)]
    [InlineData(DiscoveryKind.User, "../admin", 10, DiscoverySort.None)]
    public void Validate_UnusableQuery_ThrowsArgumentException(DiscoveryKind kind, string value, int limit,
        DiscoverySort sort)
    {
        var query = new DiscoveryQuery(kind, value, limit) { Sort = sort };

        Assert.Throws<ArgumentException>(query.Validate);
    }

    private static async Task<IReadOnlyList<string>> DiscoverAsync(
        FakeGitHubApi api,
        DiscoveryQuery query,
        GitHubOptions? options = null,
        List<int>? progress = null)
    {
        options ??= new GitHubOptions();
        options.ApiBaseUrl = api.BaseUrl;
        using var http = new HttpClient();
        var client = new GitHubDiscoveryClient(http, options);
        return await client.DiscoverAsync(query, progress is null ? null : new ListProgress(progress));
    }

    /// <summary>Serves page <paramref name="page"/> of <paramref name="pages"/>, two repositories each.</summary>
    private static Task Paged(HttpContext context, int page, int pages)
    {
        var next = page + 1 < pages ? Next(context, page + 2) : null;
        return WritePageAsync(context, [Repository($"o/p{page}a"), Repository($"o/p{page}b")], next);
    }

    private static string Next(HttpContext context, int page)
    {
        // A path the client could not guess: it must follow the link, not build page URLs.
        return $"http://{context.Request.Host}/next?page={page}";
    }
}
