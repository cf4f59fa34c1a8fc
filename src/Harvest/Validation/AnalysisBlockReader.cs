using System.Text.Json;
using TruckFactor.Analysis.Classification;
using TruckFactor.Harvest.Models;

namespace TruckFactor.Harvest.Validation;

/// <summary>
/// Reads a harvest request's <c>analysis</c> block, such as <c>{"exclude": ["test/**"], "coAuthors": true}</c>, into
/// <see cref="AnalysisChoices"/>, adding one error per problem, each naming its field.
/// </summary>
internal static class AnalysisBlockReader
{
    public const string Property = "analysis";

    private const string IncludeProperty = "include";
    private const string ExcludeProperty = "exclude";
    private const string ClassifierProperty = "classifier";
    private const string CoAuthorsProperty = "coAuthors";
    private const string SinceProperty = "since";
    private const string HalfLifeProperty = "halfLifeDays";

    // More patterns than this are a mistake (a file list pasted as patterns), and each one is matched per file.
    private const int MaxPatterns = 200;

    private static readonly string[] Properties =
    [
        IncludeProperty, ExcludeProperty, ClassifierProperty, CoAuthorsProperty, SinceProperty, HalfLifeProperty,
    ];

    /// <summary>Reads the block.</summary>
    /// <param name="block">The value of the request's analysis property.</param>
    /// <param name="errors">Receives one sentence per problem.</param>
    /// <returns>The choices, or null when the block has errors.</returns>
    public static AnalysisChoices? Read(JsonElement block, List<string> errors)
    {
        if (block.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"'{Property}' is a JSON {JsonKinds.Of(block)}; give an object such as "
                + """{"analysis": {"exclude": ["test/**"], "coAuthors": true}}.""");
            return null;
        }

        var before = errors.Count;
        var found = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in block.EnumerateObject())
        {
            var known = Properties.FirstOrDefault(p => p.Equals(property.Name, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                errors.Add($"'{Property}.{JsonKinds.Cut(property.Name)}' is not a known field; use "
                    + $"{string.Join(", ", Properties)}.");
            }
            else
            {
                found[known] = property.Value;
            }
        }

        var include = Patterns(found, IncludeProperty, errors);
        var exclude = Patterns(found, ExcludeProperty, errors);
        var classifier = Flag(found, ClassifierProperty, errors);
        var coAuthors = Flag(found, CoAuthorsProperty, errors) ?? false;
        var since = Since(found, errors);
        var halfLife = HalfLife(found, errors);
        return errors.Count > before
            ? null
            : new AnalysisChoices(include, exclude, classifier, coAuthors, since, halfLife);
    }

    private static List<string> Patterns(Dictionary<string, JsonElement> found, string name, List<string> errors)
    {
        var patterns = new List<string>();
        if (!found.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return patterns;
        }

        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() > MaxPatterns)
        {
            errors.Add($"'{Property}.{name}' must be a list of at most {MaxPatterns} patterns such as "
                + """["vendor/**", "*.pb.go"].""");
            return patterns;
        }

        foreach (var (index, element) in value.EnumerateArray().Index())
        {
            var text = element.ValueKind == JsonValueKind.String ? element.GetString()!.Trim() : string.Empty;
            if (text.Length is 0 or > HarvestRequestParser.MaxEntryLength)
            {
                errors.Add($"'{Property}.{name}[{index}]' is not a pattern; give a non-empty string such as "
                    + "\"src/generated/**\".");
                continue;
            }

            if (GlobPattern.TryParse(text, out _, out var invalid))
            {
                patterns.Add(text);
            }
            else
            {
                errors.Add($"'{Property}.{name}[{index}]': {invalid} Write it as in .gitignore, e.g. \"src/gen/**\".");
            }
        }

        return patterns;
    }

    private static bool? Flag(Dictionary<string, JsonElement> found, string name, List<string> errors)
    {
        if (!found.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        errors.Add($"'{Property}.{name}' must be true or false, not {JsonKinds.Cut(value.GetRawText())}.");
        return null;
    }

    private static DateTimeOffset? Since(Dictionary<string, JsonElement> found, List<string> errors)
    {
        if (!found.TryGetValue(SinceProperty, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String && RequestDates.TryParse(value.GetString(), out var date))
        {
            return date;
        }

        errors.Add($"'{Property}.{SinceProperty}' is not a date: {JsonKinds.Cut(value.GetRawText())}; write it as "
            + "\"2020-01-01\" or \"2020-01-01T12:00:00+01:00\".");
        return null;
    }

    private static double? HalfLife(Dictionary<string, JsonElement> found, List<string> errors)
    {
        if (!found.TryGetValue(HalfLifeProperty, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var days) && days > 0
            && double.IsFinite(days))
        {
            return days;
        }

        errors.Add($"'{Property}.{HalfLifeProperty}' must be a positive number of days, not "
            + $"{JsonKinds.Cut(value.GetRawText())}.");
        return null;
    }
}
