using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace TruckFactor.Cli;

/// <summary>Formats a harvest's results.json as a readable table, failures with their reasons below it.</summary>
internal static class HarvestTable
{
    private const int AuthorsWidth = 40;

    public static string Format(JsonNode results)
    {
        var rows = results["repositories"]!.AsArray().Select(row => row!).ToList();
        var width = Math.Max(10, rows.Max(row => row["repository"]!.GetValue<string>().Length));
        var text = new StringBuilder();
        text.AppendLine(
            CultureInfo.InvariantCulture,
            $"{"Repository".PadRight(width)}  TF  {"Files",6}  {"Commits",7}  Authors");
        foreach (var row in rows.Where(row => row["status"]!.GetValue<string>() == "succeeded"))
        {
            var authors = string.Join(", ", row["authors"]!.AsArray().Select(author => author!.GetValue<string>()));
            if (authors.Length > AuthorsWidth)
            {
                authors = authors[..(AuthorsWidth - 1)] + "…";
            }

            text.AppendLine(CultureInfo.InvariantCulture,
                $"{row["repository"]!.GetValue<string>().PadRight(width)}  {row["truckFactor"],2}  {row["files"],6}  "
                + $"{row["commits"],7}  {authors}");
        }

        var failed = rows.Where(row => row["status"]!.GetValue<string>() != "succeeded").ToList();
        if (failed.Count > 0)
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Failed ({failed.Count}):");
            foreach (var row in failed)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {row["repository"]}: {row["error"]}");
            }
        }

        text.AppendLine().AppendLine(CultureInfo.InvariantCulture,
            $"{results["succeeded"]} succeeded, {results["failed"]} failed (profile {results["profile"]}).");
        return text.ToString();
    }
}
