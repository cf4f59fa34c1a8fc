using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace TruckFactor.Harvest.Reports;

/// <summary>
/// Escaping and number formats of the reports. Every string that comes from a repository (paths, names, emails,
/// error messages) goes through <see cref="Encode"/>, in text and in attributes alike.
/// </summary>
internal static class HtmlText
{
    // Keeps non-ASCII letters readable in the source while still escaping < > & " ' and control characters.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string? text) => Encoder.Encode(text ?? string.Empty);

    /// <summary>A count as people read it: 6,158.</summary>
    public static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A count as machines read it, for data attributes: 6158.</summary>
    public static string Raw(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A share for data attributes, round-trippable.</summary>
    public static string Raw(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A share as the command line's table prints it: 59.8 %.</summary>
    public static string Percent(double share) =>
        (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "\u00a0%";

    /// <summary>A round share for axes: 50 %.</summary>
    public static string WholePercent(double share) =>
        Math.Round(share * 100).ToString("0", CultureInfo.InvariantCulture) + "\u00a0%";

    /// <summary>A coordinate for SVG, with at most two decimals.</summary>
    public static string Coordinate(double value) =>
        Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Cuts <paramref name="text"/> to <paramref name="maxChars"/> characters, the last an ellipsis.</summary>
    public static string Shorten(string text, int maxChars)
    {
        if (maxChars < 1)
        {
            return string.Empty;
        }

        return text.Length <= maxChars ? text : text[..Math.Max(0, maxChars - 1)] + "…";
    }

    /// <summary>An English list: "A", "A and B", "A, B and C".</summary>
    public static string Join(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
