using System.Globalization;
using System.Text;
using TruckFactor.Harvest.Models;

namespace TruckFactor.Harvest.Storage;

/// <summary>Writes results.csv: one row per repository, RFC 4180 quoting, authors joined by "; ".</summary>
public static class ResultsCsv
{
    /// <summary>The header row.</summary>
    public const string Header = "repository,status,truck_factor,authors,files,commits,developers,head,error";

    /// <summary>Formats the results as CSV text with a header row.</summary>
    /// <param name="results">The harvest's results.</param>
    /// <returns>The CSV text, lines ending in CRLF as RFC 4180 asks.</returns>
    public static string Format(HarvestResults results)
    {
        ArgumentNullException.ThrowIfNull(results);

        var builder = new StringBuilder();
        builder.Append(Header).Append("\r\n");
        foreach (var row in results.Repositories)
        {
            string[] cells =
            [
                row.Repository,
                row.Status,
                Number(row.TruckFactor),
                string.Join("; ", row.Authors),
                Number(row.Files),
                Number(row.Commits),
                Number(row.Developers),
                row.Head ?? string.Empty,
                row.Error ?? string.Empty,
            ];
            builder.AppendJoin(',', cells.Select(Quote)).Append("\r\n");
        }

        return builder.ToString();
    }

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Quote(string cell)
    {
        // A leading =, +, - or @ makes spreadsheets run the cell as a formula; a quote mark keeps it text.
        var safe = cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' ? "'" + cell : cell;
        return safe.IndexOfAny([',', '"', '\r', '\n']) < 0
            ? safe
            : "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
