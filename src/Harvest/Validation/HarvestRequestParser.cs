using System.Text.Json;
using TruckFactor.Analysis;
using TruckFactor.Harvest.Models;
using TruckFactor.Harvest.Options;

namespace TruckFactor.Harvest.Validation;

/// <summary>
/// Reads the JSON body of a harvest request, <c>{"repositories": [...], "discover": {...}, "profile": "default",
/// "batchSize": 8}</c>, into a <see cref="HarvestPlan"/>, or into every reason it is refused so a client can fix
/// them all at once. A request lists repositories, asks to discover them on GitHub, or both.
/// </summary>
public static class HarvestRequestParser
{
    /// <summary>
    /// The longest repository entry accepted. Real URLs and paths are far shorter; the cap keeps a request of a few
    /// huge entries from outgrowing what the orchestration can carry.
    /// </summary>
    public const int MaxEntryLength = 2048;

    private const string RepositoriesProperty = "repositories";
    private const string ProfileProperty = "profile";
    private const string BatchSizeProperty = "batchSize";

    // Twenty lines show the pattern of a bad list; thousands would bury it and bloat the response.
    private const int MaxListedErrors = 20;

    private const string Example = """{"repositories": ["https://github.com/owner/name"]}""";

    private const string DiscoverExample = """{"discover": {"query": "language:java stars:>1000", "limit": 500}}""";

    private static readonly string[] Properties =
        [RepositoriesProperty, DiscoverBlockReader.Property, ProfileProperty, AnalysisBlockReader.Property,
            BatchSizeProperty];

    // Profile names are shown and returned in lower case, as the command line takes them.
    private static readonly string[] Profiles = [.. Enum.GetNames<AnalysisProfile>().Select(n => n.ToLowerInvariant())];

    private static readonly string DefaultProfile = nameof(AnalysisProfile.Default).ToLowerInvariant();

    /// <summary>Reads a harvest request.</summary>
    /// <param name="body">The request body as text; null or blank is reported as an empty body.</param>
    /// <param name="options">The limits and defaults in force.</param>
    /// <param name="policy">The policy every repository entry must pass.</param>
    /// <returns>The plan, or the errors; duplicates are not errors, they are left out and listed in the plan.</returns>
    /// <exception cref="ArgumentNullException">
    /// <paramref name="options"/> or <paramref name="policy"/> is null.
    /// </exception>
    public static HarvestRequestParse Parse(string body, HarvestOptions options, RepositoryUrlPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(policy);
        if (string.IsNullOrWhiteSpace(body))
        {
            return Refuse($"The request body is empty; send a JSON object such as {Example}.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            // The reader's message ends with its own zero-based position, which the sentence gives one-based.
            var cut = e.Message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            var reason = cut < 0 ? e.Message : e.Message[..cut];
            return Refuse($"The request body is not valid JSON at line {e.LineNumber + 1}, position "
                + $"{e.BytePositionInLine + 1}: {reason} Correct it and send the request again.");
        }

        using (document)
        {
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                ? Read(root, options, policy)
                : Refuse($"The request body is a JSON {JsonKinds.Of(root)}, not an object; send an object such as "
                    + $"{Example}.");
        }
    }

    private static HarvestRequestParse Read(JsonElement root, HarvestOptions options, RepositoryUrlPolicy policy)
    {
        var errors = new List<string>();
        var found = ReadProperties(root, errors);
        var discover = found.TryGetValue(DiscoverBlockReader.Property, out var block)
            && block.ValueKind != JsonValueKind.Null
                ? DiscoverBlockReader.Read(block, errors)
                : null;
        var discovers = block.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null);
        var entries = ReadRepositoryList(found, options, discovers, errors);
        CheckTotal(entries.Length, discover, options, errors);
        var profile = ReadProfile(found, errors);
        var analysis = found.TryGetValue(AnalysisBlockReader.Property, out var choices)
            && choices.ValueKind != JsonValueKind.Null
                ? AnalysisBlockReader.Read(choices, errors)
                : null;
        var batchSize = ReadBatchSize(found, options, errors);

        var repositories = new List<string>();
        var duplicates = new List<string>();
        var entryErrors = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (index, element) in entries.Index())
        {
            var text = element.ValueKind == JsonValueKind.String ? element.GetString()! : null;
            if (text is { Length: > MaxEntryLength })
            {
                // Checked before the policy so the error never repeats a megabyte of text.
                entryErrors.Add($"repositories[{index}]: the entry is {text.Length} characters long, over the limit of "
                    + $"{MaxEntryLength}; give the repository's URL or path.");
                continue;
            }

            var check = text is null ? null : policy.Check(text);
            if (check?.Normalized is not { } normalized)
            {
                entryErrors.Add($"repositories[{index}]: " + (check?.Error
                    ?? $"this entry is a JSON {JsonKinds.Of(element)}, "
                    + "not a string; give each repository as a quoted URL."));
            }
            else if (seen.Add(RepositoryUrlPolicy.DedupeKey(normalized)))
            {
                repositories.Add(normalized);
            }
            else
            {
                duplicates.Add(check.Entry);
            }
        }

        AddCapped(errors, entryErrors, n => $"… and {n} more repository entries were refused; fix the ones above "
            + "and look for the same mistakes in the rest.");
        return errors.Count > 0
            ? new HarvestRequestParse(null, errors)
            : new HarvestRequestParse(
                new HarvestPlan(repositories, profile, batchSize, duplicates, discover, analysis), []);
    }

    private static Dictionary<string, JsonElement> ReadProperties(JsonElement root, List<string> errors)
    {
        var found = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var property in root.EnumerateObject())
        {
            var known = Properties.FirstOrDefault(p => p.Equals(property.Name, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                unknown.Add($"'{JsonKinds.Cut(property.Name)}'");
            }
            else if (!found.TryAdd(known, property.Value))
            {
                errors.Add($"The request gives '{known}' more than once; give it once.");
            }
        }

        // Unknown properties are refused so that a misspelt option is not silently ignored.
        if (unknown.Count > 0)
        {
            var more = unknown.Count > MaxListedErrors ? $" and {unknown.Count - MaxListedErrors} more" : string.Empty;
            errors.Add($"The request has unknown properties: {string.Join(", ", unknown.Take(MaxListedErrors))}{more}; "
                + $"the accepted ones are {string.Join(", ", Properties)}, so remove them or correct their spelling.");
        }

        return found;
    }

    private static JsonElement[] ReadRepositoryList(
        Dictionary<string, JsonElement> found,
        HarvestOptions options,
        bool discovers,
        List<string> errors)
    {
        if (!found.TryGetValue(RepositoriesProperty, out var list))
        {
            if (!discovers)
            {
                errors.Add($"The request has no '{RepositoriesProperty}' property and no "
                    + $"'{DiscoverBlockReader.Property}' block; list the repositories, as in {Example}, or ask to "
                    + $"discover them, as in {DiscoverExample}.");
            }

            return [];
        }

        var count = list.ValueKind == JsonValueKind.Array ? list.GetArrayLength() : -1;
        var error = count switch
        {
            < 0 => $"'{RepositoriesProperty}' is a JSON {JsonKinds.Of(list)}, not an array of strings; write it as in "
                + $"{Example}.",
            0 when discovers => null,
            0 => $"The '{RepositoriesProperty}' list is empty; name at least one repository.",
            _ when count > options.MaxRepositories => $"The request names {count} repositories, more than the limit "
                + $"of {options.MaxRepositories}; split the list into requests of at most {options.MaxRepositories}.",
            _ => null,
        };
        if (error is not null)
        {
            errors.Add(error);
            return [];
        }

        return [.. list.EnumerateArray()];
    }

    private static void CheckTotal(
        int listed,
        HarvestDiscovery? discover,
        HarvestOptions options,
        List<string> errors)
    {
        // The discovery could return its whole limit: the harvest must still fit the service's limit.
        if (discover is not null && listed + discover.Limit > options.MaxRepositories)
        {
            errors.Add($"{DiscoverBlockReader.Property}.limit {discover.Limit} and {listed} listed repositories could "
                + $"come to more than the limit of {options.MaxRepositories}; lower the limit to at most "
                + $"{Math.Max(0, options.MaxRepositories - listed)} or list fewer repositories.");
        }
    }

    private static string ReadProfile(Dictionary<string, JsonElement> found, List<string> errors)
    {
        if (!found.TryGetValue(ProfileProperty, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return DefaultProfile;
        }

        var given = value.ValueKind == JsonValueKind.String ? value.GetString()! : null;
        var profile = Profiles.FirstOrDefault(p => p.Equals(given, StringComparison.OrdinalIgnoreCase));
        if (profile is null)
        {
            errors.Add($"The profile {JsonKinds.Cut(value.GetRawText())} is unknown; use one of "
                + $"{string.Join(", ", Profiles)}, "
                + "or leave it out for the default.");
        }

        return profile ?? DefaultProfile;
    }

    private static int ReadBatchSize(Dictionary<string, JsonElement> found, HarvestOptions options, List<string> errors)
    {
        if (!found.TryGetValue(BatchSizeProperty, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return options.DefaultBatchSize;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var size)
            && size >= 1 && size <= options.MaxBatchSize)
        {
            return size;
        }

        errors.Add($"'{BatchSizeProperty}' is {JsonKinds.Cut(value.GetRawText())}; give a whole number from 1 to "
            + $"{options.MaxBatchSize}, or leave it out for {options.DefaultBatchSize}.");
        return options.DefaultBatchSize;
    }

    private static void AddCapped(List<string> errors, List<string> more, Func<int, string> rest)
    {
        errors.AddRange(more.Take(MaxListedErrors));
        if (more.Count > MaxListedErrors)
        {
            errors.Add(rest(more.Count - MaxListedErrors));
        }
    }

    private static HarvestRequestParse Refuse(string error) => new(null, [error]);
}
