using System.Text.Json.Serialization;
using TruckFactor.Harvest.Discovery;

namespace TruckFactor.Harvest.Models;

/// <summary>
/// A request's <c>discover</c> block: which GitHub repositories to find before the harvest starts. Small and
/// immutable, it travels in the orchestration's input and is saved with the results.
/// </summary>
/// <param name="Kind">Search query, organisation, user or topic.</param>
/// <param name="Value">The query, or the organisation, user or topic name.</param>
/// <param name="Limit">How many repositories to find at most.</param>
/// <param name="Sort">The order GitHub is asked for; the limit keeps the first ones.</param>
/// <param name="IncludeForks">Keep forks.</param>
/// <param name="IncludeArchived">Keep archived repositories.</param>
public sealed record HarvestDiscovery(
    [property: JsonConverter(typeof(JsonStringEnumConverter))] DiscoveryKind Kind,
    string Value,
    int Limit,
    [property: JsonConverter(typeof(JsonStringEnumConverter))] DiscoverySort Sort,
    bool IncludeForks,
    bool IncludeArchived)
{
    /// <summary>The query the discovery client runs.</summary>
    /// <returns>A query with the same kind, value, limit, order and filters.</returns>
    public DiscoveryQuery ToQuery() => new(Kind, Value, Limit)
    {
        Sort = Sort,
        IncludeForks = IncludeForks,
        IncludeArchived = IncludeArchived,
    };
}
