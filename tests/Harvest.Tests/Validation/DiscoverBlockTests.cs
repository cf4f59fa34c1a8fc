using TruckFactor.Harvest.Discovery;
using TruckFactor.Harvest.Models;
using TruckFactor.Harvest.Options;
using TruckFactor.Harvest.Validation;

namespace TruckFactor.Harvest.Tests.Validation;

/// <summary>
/// The discover block of a harvest request. Expected plans and field names are written by hand from the request
/// rules: exactly one of query, organization, user or topic; a limit from 1 to 5,000; stars by default for
/// searches and topics, GitHub's own order for accounts.
/// </summary>
public sealed class DiscoverBlockTests
{
    private const string Repo = "https://github.com/owner/repo";

    [Fact]
    public void Parse_DiscoverWithoutRepositories_GivesPlanWithDiscoveryOnly()
    {
        var parse = Parse("""{"discover": {"query": "language:java stars:>1000", "limit": 500}}""");

        Assert.True(parse.IsValid, string.Join(" | ", parse.Errors));
        Assert.Empty(parse.Plan!.Repositories);
        Assert.Equal(
            new HarvestDiscovery(DiscoveryKind.Search, "language:java stars:>1000", 500, DiscoverySort.Stars, false,
                false),
            parse.Plan.Discover);
    }

    [Fact]
    public void Parse_RepositoriesAndDiscover_KeepsBoth()
    {
        var body = $$$"""
            {"repositories": ["{{{Repo}}}"], "discover": {"organization": "apache", "limit": 20, "sort": "Updated",
             "includeForks": true, "includeArchived": true}}
            """;

        var parse = Parse(body);

        Assert.True(parse.IsValid, string.Join(" | ", parse.Errors));
        Assert.Equal([Repo], parse.Plan!.Repositories);
        Assert.Equal(
            new HarvestDiscovery(DiscoveryKind.Organization, "apache", 20, DiscoverySort.Updated, true, true),
            parse.Plan.Discover);
    }

    [Theory]
    [InlineData("""{"user": "octocat", "limit": 5}""", DiscoveryKind.User, DiscoverySort.None)]
    [InlineData("""{"topic": "kubernetes", "limit": 5}""", DiscoveryKind.Topic, DiscoverySort.Stars)]
    [InlineData("""{"TOPIC": "kubernetes", "limit": 5, "sort": "none"}""", DiscoveryKind.Topic, DiscoverySort.None)]
    public void Parse_KindWithoutSort_UsesTheKindsDefaultOrder(string block, DiscoveryKind kind, DiscoverySort sort)
    {
        var parse = Parse($$"""{"repositories": [], "discover": {{block}}}""");

        Assert.True(parse.IsValid, string.Join(" | ", parse.Errors));
        Assert.Equal(kind, parse.Plan!.Discover!.Kind);
        Assert.Equal(sort, parse.Plan.Discover.Sort);
    }

    [Theory]
    [InlineData("""{"limit": 5}""", "names none of query, organization, user, topic")]
    [InlineData("""{"query": "x", "user": "y", "limit": 5}""", "gives 'query' and 'user'")]
    [InlineData("""{"query": "x"}""", "'discover' has no 'limit'")]
    [InlineData("""{"query": "x", "limit": 0}""", "discover.limit is 0")]
    [InlineData("""{"query": "x", "limit": 5001}""", "discover.limit is 5001")]
    [InlineData("""{"query": "x", "limit": "ten"}""", "discover.limit is \"ten\"")]
    [InlineData("""{"query": "", "limit": 5}""", "discover.query is \"\"")]
    [InlineData("""{"organization": 7, "limit": 5}""", "discover.organization is 7")]
    [InlineData("""{"query": "x", "limit": 5, "sort": "forks"}""", "discover.sort is \"forks\"")]
    [InlineData("""{"query": "x", "limit": 5, "includeForks": "yes"}""", "discover.includeForks is \"yes\"")]
    [InlineData("""{"query": "x", "limit": 5, "lang": "go"}""", "'discover' has unknown properties: 'lang'")]
    [InlineData("""{"organization": "a/b", "limit": 5}""", "discover.organization: 'a/b' is not a GitHub")]
    [InlineData("""{"user": "octocat", "limit": 5, "sort": "stars"}""", "discover.sort: GitHub cannot list")]
    [InlineData("""["language:go"]""", "'discover' is a JSON array, not an object")]
    public void Parse_BadDiscoverBlock_RefusesNamingTheField(string block, string expected)
    {
        var parse = Parse($$"""{"discover": {{block}}}""");

        Assert.False(parse.IsValid);
        var error = Assert.Single(parse.Errors);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_QueryLongerThanGitHubAccepts_RefusesNamingTheQuery()
    {
        var parse = Parse($$$"""{"discover": {"query": "{{{new string('q', 257)}}}", "limit": 5}}""");

        var error = Assert.Single(parse.Errors);
        Assert.StartsWith("discover.query: The search query has 257 characters", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LimitAndListOverTheServiceLimit_Refuses()
    {
        var options = new HarvestOptions { MaxRepositories = 10 };

        var parse = Parse($$$"""{"repositories": ["{{{Repo}}}"], "discover": {"query": "x", "limit": 10}}""", options);

        var error = Assert.Single(parse.Errors);
        Assert.Contains("more than the limit of 10; lower the limit to at most 9", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NeitherRepositoriesNorDiscover_NamesBoth()
    {
        var parse = Parse("""{"profile": "default"}""");

        var error = Assert.Single(parse.Errors);
        Assert.Contains("no 'repositories' property and no 'discover' block", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmptyListWithoutDiscover_StillRefused()
    {
        var parse = Parse("""{"repositories": [], "discover": null}""");

        var error = Assert.Single(parse.Errors);
        Assert.Contains("list is empty", error, StringComparison.Ordinal);
    }

    private static HarvestRequestParse Parse(string body, HarvestOptions? options = null) =>
        HarvestRequestParser.Parse(body, options ?? new HarvestOptions(), new RepositoryUrlPolicy(new()));
}
