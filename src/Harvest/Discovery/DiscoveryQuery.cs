using System.Text.RegularExpressions;

namespace TruckFactor.Harvest.Discovery;

/// <summary>Which GitHub repositories to find, and how many.</summary>
/// <param name="Kind">Search, organisation, user or topic.</param>
/// <param name="Value">The search query, or the organisation, user or topic name.</param>
/// <param name="Limit">How many repositories to return at most, 1 to <see cref="MaxLimit"/>.</param>
public sealed partial record DiscoveryQuery(DiscoveryKind Kind, string Value, int Limit)
{
    /// <summary>The largest limit accepted.</summary>
    public const int MaxLimit = 5000;

    /// <summary>GitHub's search API returns no more than this many results for one query.</summary>
    public const int SearchResultCap = 1000;

    // GitHub caps a search query at 256 characters; a longer one is refused with 422.
    private const int MaxQueryLength = 256;

    /// <summary>The order to ask for; <see cref="DiscoverySort.Stars"/> works for search and topics only.</summary>
    public DiscoverySort Sort { get; init; } = DiscoverySort.Stars;

    /// <summary>Keep forks (left out by default: a fork's history is mostly its parent's).</summary>
    public bool IncludeForks { get; init; }

    /// <summary>Keep archived repositories (left out by default: nobody maintains them any more).</summary>
    public bool IncludeArchived { get; init; }

    /// <summary>Whether this query goes through GitHub's search API.</summary>
    public bool UsesSearch => Kind is DiscoveryKind.Search or DiscoveryKind.Topic;

    /// <summary>Whether the limit asks for more than GitHub's search can return.</summary>
    public bool ExceedsSearchCap => UsesSearch && Limit > SearchResultCap;

    /// <summary>Checks the query before any request is sent.</summary>
    /// <exception cref="ArgumentException">The value, limit or sort cannot be used; the message says why.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Value))
        {
            throw new ArgumentException($"The {KindName} is empty; give one.", nameof(Value));
        }

        if (Limit is < 1 or > MaxLimit)
        {
            throw new ArgumentException(
                $"The limit {Limit} is outside 1..{MaxLimit}; give a limit in that range.", nameof(Limit));
        }

        if (Kind == DiscoveryKind.Search && Value.Length > MaxQueryLength)
        {
            throw new ArgumentException(
                $"The search query has {Value.Length} characters; GitHub accepts at most {MaxQueryLength}.",
                nameof(Value));
        }

        // Names become URL path segments: anything beyond GitHub's own name characters is refused, not escaped.
        if (Kind != DiscoveryKind.Search && !NamePattern().IsMatch(Value))
        {
            throw new ArgumentException(
                $"'{Value}' is not a GitHub {KindName}; use letters, digits, '-', '_' or '.'.", nameof(Value));
        }

        if (!UsesSearch && Sort == DiscoverySort.Stars)
        {
            throw new ArgumentException(
                $"GitHub cannot list a {KindName}'s repositories by stars; sort by updated or none, or search "
                + $"with 'org:{Value}' or 'user:{Value}' instead.",
                nameof(Sort));
        }
    }

    private string KindName => Kind switch
    {
        DiscoveryKind.Organization => "organisation name",
        DiscoveryKind.User => "user name",
        DiscoveryKind.Topic => "topic name",
        _ => "search query",
    };

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")]
    private static partial Regex NamePattern();
}
