using System.Globalization;
using System.Text;
using TruckFactor.Harvest.Discovery;
using TruckFactor.Harvest.Models;
using TruckFactor.Harvest.Storage;

namespace TruckFactor.Harvest.Reports;

/// <summary>
/// The harvest page: which repositories are at risk at a glance (counts and a histogram of truck factors), a
/// sortable table of every repository linking to its own page, and the failures with their reasons. Every
/// number is the one in results.json.
/// </summary>
public static class HarvestReport
{
    /// <summary>Renders the page.</summary>
    /// <param name="results">The harvest's results.json.</param>
    /// <returns>A self-contained HTML document.</returns>
    public static string Render(HarvestResults results)
    {
        ArgumentNullException.ThrowIfNull(results);

        var succeeded = results.Repositories.Where(IsAnalysed).ToList();
        var failed = results.Repositories.Where(row => !IsAnalysed(row)).ToList();
        var body = new StringBuilder();
        Header(body, results);
        body.Append("<div class=\"overview\">");
        Tiles(body, succeeded, failed.Count);
        body.Append("<section class=\"card\" id=\"histogram\"><h2>Truck factors across the harvest</h2>")
            .Append("<p class=\"note\">Repositories per truck factor; the darker the bar, the riskier: at truck ")
            .Append("factor 1 (red) or 2 (orange), one or two departures leave most files without an author.</p>")
            .Append(TruckFactorHistogram.Render([.. succeeded.Select(row => row.TruckFactor!.Value)]))
            .Append("</section></div>");
        Table(body, results.HarvestId, succeeded, failed);
        Failures(body, failed);
        Footer(body);
        return ReportPage.Build($"Truck factors of harvest {results.HarvestId}", body.ToString());
    }

    private static void Header(StringBuilder body, HarvestResults results)
    {
        var count = results.Repositories.Count;
        body.Append("<header><h1>Truck factors of ").Append(HtmlText.Count(count))
            .Append(count == 1 ? " repository" : " repositories").Append("</h1><p class=\"meta\">")
            .Append("<span>Harvest <code>").Append(HtmlText.Encode(results.HarvestId)).Append("</code></span>")
            .Append("<span>profile ").Append(HtmlText.Encode(results.Profile)).Append("</span>")
            .Append("<span>submitted ").Append(Date(results.SubmittedAt)).Append("</span>")
            .Append("<span>computed ").Append(Date(results.ComputedAt)).Append("</span>");
        if (results.Discovery is { } discovery)
        {
            var request = discovery.Request;
            body.Append("<span>").Append(HtmlText.Count(discovery.Discovered))
                .Append(" discovered on GitHub (").Append(HtmlText.Encode(DiscoveryKindName(request)))
                .Append(" <code>").Append(HtmlText.Encode(request.Value)).Append("</code>, up to ")
                .Append(HtmlText.Count(request.Limit)).Append(")</span>");
        }

        body.Append("</p></header>");
    }

    private static string DiscoveryKindName(HarvestDiscovery request) => request.Kind switch
    {
        DiscoveryKind.Organization => "organisation",
        DiscoveryKind.User => "user",
        DiscoveryKind.Topic => "topic",
        _ => "search",
    };

    private static void Tiles(StringBuilder body, List<RepositoryResultRow> succeeded, int failed)
    {
        var values = succeeded.Select(row => row.TruckFactor!.Value).Order().ToList();
        var one = values.Count(tf => tf <= 1);
        var two = values.Count(tf => tf == 2);
        var middle = values.Count / 2;
        var median = values.Count == 0
            ? "–"
            : (values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0)
                .ToString(CultureInfo.InvariantCulture);
        var failures = failed > 0 ? $"<a href=\"#failed\">{HtmlText.Count(failed)} failed</a>" : "none failed";
        body.Append("<div class=\"tiles\">")
            .Append(Tile("at-risk", Of(one, values.Count), "at risk: TF 1 (or 0)"))
            .Append(Tile("tf-two", Of(two, values.Count), "TF 2"))
            .Append(Tile("median", median, "median truck factor"))
            .Append(Tile("analysed", HtmlText.Count(values.Count), "analysed, " + failures))
            .Append("<p class=\"explain\"><b>Truck factor (TF)</b>: how many developers would have to leave ")
            .Append("before more than half of a project's files have no author left. TF 1 means a single departure ")
            .Append("is enough.</p></div>");
    }

    private static void Table(
        StringBuilder body,
        string harvestId,
        List<RepositoryResultRow> succeeded,
        List<RepositoryResultRow> failed)
    {
        body.Append("<section id=\"repositories\"><h2>Repositories</h2><p class=\"note\">Lowest truck factor ")
            .Append("first; click a column heading to sort. A repository's name opens its own page.</p>")
            .Append("<table class=\"sortable\"><thead><tr>")
            .Append(Heading("Repository", "text", string.Empty)).Append(Heading("TF", "number", "num"))
            .Append(Heading("Files", "number", "num")).Append(Heading("Commits", "number", "num"))
            .Append(Heading("Developers", "number", "num"))
            .Append(Heading("Truck-factor developers", "text", string.Empty))
            .Append(Heading("Status", "text", string.Empty)).Append("</tr></thead><tbody>");
        var ordered = succeeded
            .OrderBy(row => row.TruckFactor)
            .ThenBy(row => row.Repository, StringComparer.OrdinalIgnoreCase)
            .Concat(failed);
        foreach (var row in ordered)
        {
            Row(body, harvestId, row);
        }

        body.Append("</tbody></table></section>");
    }

    private static void Row(StringBuilder body, string harvestId, RepositoryResultRow row)
    {
        var name = HtmlText.Encode(row.Repository);
        var key = BlobNames.RepositoryKeyOfResult(harvestId, row.ResultBlob);
        var link = key is null
            ? name
            : $"<a href=\"{HtmlText.Encode(ReportLayout.RepositoryPage(key))}\">{name}</a>";
        var authors = HtmlText.Encode(string.Join(", ", row.Authors));
        var status = HtmlText.Encode(row.Status);
        body.Append("<tr data-repository=\"").Append(name).Append("\">")
            .Append("<td class=\"repo\" data-field=\"repository\" data-sort=\"").Append(name).Append("\">")
            .Append(link).Append("</td>")
            .Append("<td class=\"num\" data-field=\"truckFactor\" data-sort=\"").Append(Raw(row.TruckFactor))
            .Append("\">").Append(row.TruckFactor is { } tf
                ? $"<span class=\"tf {RiskScale.CssClass(tf)}\">{HtmlText.Raw(tf)}</span>"
                : "–").Append("</td>")
            .Append(Number("files", row.Files)).Append(Number("commits", row.Commits))
            .Append(Number("developers", row.Developers))
            .Append("<td data-field=\"authors\" data-sort=\"").Append(authors).Append("\">").Append(authors)
            .Append("</td><td data-field=\"status\" data-sort=\"").Append(status).Append("\"><span class=\"status ")
            .Append(status).Append("\">").Append(status).Append("</span></td></tr>");
    }

    private static void Failures(StringBuilder body, List<RepositoryResultRow> failed)
    {
        if (failed.Count == 0)
        {
            return;
        }

        body.Append("<section id=\"failed\"><h2>Failed repositories (").Append(HtmlText.Count(failed.Count))
            .Append(")</h2><p class=\"note\">These have no truck factor; the reason says what to fix.</p>")
            .Append("<ul class=\"failures\">");
        foreach (var row in failed)
        {
            body.Append("<li data-repository=\"").Append(HtmlText.Encode(row.Repository)).Append("\"><code>")
                .Append(HtmlText.Encode(row.Repository)).Append("</code><br><span class=\"reason\">")
                .Append(HtmlText.Encode(row.Error ?? "No reason was recorded.")).Append("</span></li>");
        }

        body.Append("</ul></section>");
    }

    private static void Footer(StringBuilder body)
    {
        body.Append("<footer><p>The truck factor is the smallest number of developers whose departure would ")
            .Append("leave more than half of a project's files without an author (degree-of-authorship ")
            .Append("algorithm of Avelino, Passos, Hora and Valente, ICPC 2016). Every number here is the one in ")
            .Append("the harvest's results.json.</p><p>Generated by truckfactor.</p></footer>");
    }

    private static bool IsAnalysed(RepositoryResultRow row) =>
        row.Status == RowStatus.Succeeded && row.TruckFactor is not null;

    private static string Tile(string id, string value, string caption) =>
        $"<div class=\"tile\" id=\"tile-{id}\"><b>{value}</b><span>{caption}</span></div>";

    private static string Of(int count, int total) =>
        total == 0 ? "0" : $"{HtmlText.Count(count)} <small>({HtmlText.Percent(count / (double)total)})</small>";

    private static string Heading(string text, string type, string css) =>
        $"<th class=\"{css}\" data-type=\"{type}\" scope=\"col\"><button type=\"button\">{text}</button></th>";

    private static string Number(string field, int? value) =>
        $"<td class=\"num\" data-field=\"{field}\" data-sort=\"{Raw(value)}\">"
        + (value is { } number ? HtmlText.Count(number) : "–") + "</td>";

    private static string Raw(int? value) => value is { } number ? HtmlText.Raw(number) : string.Empty;

    private static string Date(DateTimeOffset date) =>
        date.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
