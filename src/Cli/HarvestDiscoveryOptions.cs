using System.CommandLine;
using System.Text.Json.Nodes;
using TruckFactor.Analysis.Errors;
using TruckFactor.Harvest.Discovery;

namespace TruckFactor.Cli;

/// <summary>
/// The discovery options of <c>truckfactor harvest</c>: --discover QUERY or --org, --user or --topic, with --limit,
/// --sort and the fork and archive switches; they become the request's <c>discover</c> block.
/// </summary>
internal sealed class HarvestDiscoveryOptions
{
    private readonly Option<string?> _search = new("--discover")
    {
        Description = "Also harvest the repositories of this GitHub search, such as \"language:java stars:>1000\".",
    };

    private readonly Option<string?> _org = new("--org")
    {
        Description = "Also harvest this organisation's repositories.",
    };

    private readonly Option<string?> _user = new("--user") { Description = "Also harvest this user's repositories." };

    private readonly Option<string?> _topic = new("--topic")
    {
        Description = "Also harvest the repositories tagged with this topic.",
    };

    private readonly Option<int?> _limit = new("--limit")
    {
        Description = $"How many repositories to discover at most (1 to {DiscoveryQuery.MaxLimit}).",
    };

    private readonly Option<string?> _sort = new("--sort") { Description = "stars or updated (see discover)." };

    private readonly Option<bool> _forks = new("--include-forks") { Description = "Keep discovered forks." };

    private readonly Option<bool> _archived = new("--include-archived") { Description = "Keep archived ones." };

    public HarvestDiscoveryOptions()
    {
        _sort.AcceptOnlyFromAmong("stars", "updated");
    }

    public IEnumerable<Option> All => [_search, _org, _user, _topic, _limit, _sort, _forks, _archived];

    /// <summary>The discovery asked for, or null when none of its kinds is given.</summary>
    /// <exception cref="TruckFactorException">A kind without --limit, several kinds, or --limit alone.</exception>
    public DiscoveryQuery? Read(ParseResult parse)
    {
        var (search, org, user, topic) =
            (parse.GetValue(_search), parse.GetValue(_org), parse.GetValue(_user), parse.GetValue(_topic));
        var limit = parse.GetValue(_limit);
        if (search is null && org is null && user is null && topic is null)
        {
            return limit is null
                ? null
                : throw new TruckFactorException("--limit needs --discover QUERY, --org, --user or --topic.");
        }

        if (limit is not { } given)
        {
            throw new TruckFactorException(
                "Say how many repositories to discover at most with --limit N, from 1 to "
                + $"{DiscoveryQuery.MaxLimit}.");
        }

        var query = DiscoverCommand.QueryFor(search, org, user, topic, given, parse.GetValue(_sort)) with
        {
            IncludeForks = parse.GetValue(_forks),
            IncludeArchived = parse.GetValue(_archived),
        };
        query.Validate();
        return query;
    }

    /// <summary>The request's discover block for a query.</summary>
    public static JsonObject Block(DiscoveryQuery query)
    {
        var kind = query.Kind switch
        {
            DiscoveryKind.Organization => "organization",
            DiscoveryKind.User => "user",
            DiscoveryKind.Topic => "topic",
            _ => "query",
        };
        return new JsonObject
        {
            [kind] = query.Value,
            ["limit"] = query.Limit,
            ["sort"] = query.Sort.ToString().ToLowerInvariant(),
            ["includeForks"] = query.IncludeForks,
            ["includeArchived"] = query.IncludeArchived,
        };
    }
}
