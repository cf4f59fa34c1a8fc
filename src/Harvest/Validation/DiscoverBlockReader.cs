using System.Text.Json;
using TruckFactor.Harvest.Discovery;
using TruckFactor.Harvest.Models;

namespace TruckFactor.Harvest.Validation;

/// <summary>
/// Reads a harvest request's <c>discover</c> block, such as <c>{"query": "language:java", "limit": 500}</c>, into
/// a <see cref="HarvestDiscovery"/>, adding one error per problem, each naming its field.
/// </summary>
internal static class DiscoverBlockReader
{
    public const string Property = "discover";

    private const string LimitProperty = "limit";
    private const string SortProperty = "sort";
    private const string ForksProperty = "includeForks";
    private const string ArchivedProperty = "includeArchived";

    private const string Example = """{"discover": {"query": "language:java stars:>1000", "limit": 500}}""";

    private static readonly (string Name, DiscoveryKind Kind)[] Kinds =
    [
        ("query", DiscoveryKind.Search), ("organization", DiscoveryKind.Organization),
        ("user", DiscoveryKind.User), ("topic", DiscoveryKind.Topic),
    ];

    private static readonly string[] Properties =
        [.. Kinds.Select(kind => kind.Name), LimitProperty, SortProperty, ForksProperty, ArchivedProperty];

    private static readonly string[] Sorts = ["stars", "updated", "none"];

    /// <summary>Reads the block.</summary>
    /// <param name="block">The value of the request's discover property.</param>
    /// <param name="errors">Receives one sentence per problem.</param>
    /// <returns>The discovery, or null when the block has errors.</returns>
    public static HarvestDiscovery? Read(JsonElement block, List<string> errors)
    {
        if (block.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"'{Property}' is a JSON {JsonKinds.Of(block)}, not an object; write it as in {Example}.");
            return null;
        }

        var before = errors.Count;
        var found = ReadProperties(block, errors);
        var kind = ReadKind(found, errors);
        var limit = ReadLimit(found, errors);
        var sort = ReadSort(found, kind?.Kind, errors);
        var forks = ReadFlag(found, ForksProperty, errors);
        var archived = ReadFlag(found, ArchivedProperty, errors);
        if (errors.Count > before || kind is null)
        {
            return null;
        }

        var discovery = new HarvestDiscovery(kind.Value.Kind, kind.Value.Value, limit, sort, forks, archived);
        try
        {
            discovery.ToQuery().Validate();
        }
        catch (ArgumentException ex)
        {
            // The query names its own parameters; the client knows the fields of the block.
            var field = ex.ParamName switch
            {
                nameof(DiscoveryQuery.Limit) => LimitProperty,
                nameof(DiscoveryQuery.Sort) => SortProperty,
                _ => kind.Value.Name,
            };
            var cut = ex.Message.IndexOf(" (Parameter", StringComparison.Ordinal);
            errors.Add($"{Property}.{field}: {(cut < 0 ? ex.Message : ex.Message[..cut])}");
            return null;
        }

        return discovery;
    }

    private static Dictionary<string, JsonElement> ReadProperties(JsonElement block, List<string> errors)
    {
        var found = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var property in block.EnumerateObject())
        {
            var known = Properties.FirstOrDefault(p => p.Equals(property.Name, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                unknown.Add($"'{JsonKinds.Cut(property.Name)}'");
            }
            else if (!found.TryAdd(known, property.Value))
            {
                errors.Add($"'{Property}' gives '{known}' more than once; give it once.");
            }
        }

        if (unknown.Count > 0)
        {
            errors.Add($"'{Property}' has unknown properties: {string.Join(", ", unknown.Take(10))}; the accepted "
                + $"ones are {string.Join(", ", Properties)}, so remove them or correct their spelling.");
        }

        return found;
    }

    private static (string Name, DiscoveryKind Kind, string Value)? ReadKind(
        Dictionary<string, JsonElement> found,
        List<string> errors)
    {
        var given = Kinds.Where(kind => found.ContainsKey(kind.Name)).ToList();
        if (given.Count != 1)
        {
            var which = given.Count == 0
                ? "names none of"
                : $"gives {string.Join(" and ", given.Select(kind => $"'{kind.Name}'"))}; it needs exactly one of";
            errors.Add($"'{Property}' {which} {string.Join(", ", Kinds.Select(kind => kind.Name))}; write it as in "
                + $"{Example}.");
            return null;
        }

        var (name, kindOf) = given[0];
        var value = found[name];
        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            errors.Add($"{Property}.{name} is {JsonKinds.Cut(value.GetRawText())}; give it as non-empty text.");
            return null;
        }

        return (name, kindOf, value.GetString()!.Trim());
    }

    private static int ReadLimit(Dictionary<string, JsonElement> found, List<string> errors)
    {
        if (!found.TryGetValue(LimitProperty, out var value))
        {
            errors.Add($"'{Property}' has no '{LimitProperty}'; say how many repositories to find at most, from 1 to "
                + $"{DiscoveryQuery.MaxLimit}.");
            return 0;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var limit)
            && limit is >= 1 and <= DiscoveryQuery.MaxLimit)
        {
            return limit;
        }

        errors.Add($"{Property}.{LimitProperty} is {JsonKinds.Cut(value.GetRawText())}; give a whole number from 1 "
            + $"to {DiscoveryQuery.MaxLimit}.");
        return 0;
    }

    private static DiscoverySort ReadSort(
        Dictionary<string, JsonElement> found,
        DiscoveryKind? kind,
        List<string> errors)
    {
        if (!found.TryGetValue(SortProperty, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            // GitHub sorts searches by stars but cannot list an account's repositories that way.
            return kind is DiscoveryKind.Organization or DiscoveryKind.User ? DiscoverySort.None : DiscoverySort.Stars;
        }

        var given = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        var sort = Sorts.FirstOrDefault(name => name.Equals(given, StringComparison.OrdinalIgnoreCase));
        if (sort is null)
        {
            errors.Add($"{Property}.{SortProperty} is {JsonKinds.Cut(value.GetRawText())}; use one of "
                + $"{string.Join(", ", Sorts)}, or leave it out.");
            return DiscoverySort.None;
        }

        return Enum.Parse<DiscoverySort>(sort, ignoreCase: true);
    }

    private static bool ReadFlag(Dictionary<string, JsonElement> found, string name, List<string> errors)
    {
        if (!found.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return false;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        errors.Add($"{Property}.{name} is {JsonKinds.Cut(value.GetRawText())}; give true or false.");
        return false;
    }
}
