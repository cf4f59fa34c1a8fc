using System.Text;
using TruckFactor.Analysis.Results;

namespace TruckFactor.Harvest.Reports;

/// <summary>
/// The directories of the upper levels as a sortable table, so the treemap's colours can be read as numbers
/// (and printed), with how many of each directory's files the repository's truck-factor developers would leave
/// orphaned. Deeper directories are in the result JSON.
/// </summary>
internal static class DirectoryTable
{
    // Enough rows to scan on a screen or two pages; a larger tree keeps its biggest directories.
    private const int MaxRows = 150;

    public static void Append(
        StringBuilder body,
        IReadOnlyList<DirectoryTruckFactor> directories,
        IReadOnlyList<string> orphanedFiles)
    {
        var nonRoot = directories.Where(directory => directory.Path.Length > 0).ToList();
        if (nonRoot.Count == 0)
        {
            return;
        }

        var depth = nonRoot.Count(directory => Depth(directory) <= 2) <= MaxRows ? 2 : 1;
        var shown = nonRoot.Where(directory => Depth(directory) <= depth)
            .OrderByDescending(directory => directory.Files)
            .Take(MaxRows)
            .OrderBy(directory => directory.Path, StringComparer.Ordinal)
            .ToList();
        body.Append("<section id=\"directory-table\"><h2>Directories</h2><p class=\"note\">")
            .Append(HtmlText.Count(shown.Count)).Append(" of ").Append(HtmlText.Count(nonRoot.Count))
            .Append(" directories (").Append(depth == 2 ? "two levels" : "the top level")
            .Append(shown.Count < nonRoot.Count(directory => Depth(directory) <= depth) ? ", the largest" : "")
            .Append("); every directory is in the result JSON. Click a heading to sort.</p>")
            .Append("<table class=\"sortable\"><thead><tr>")
            .Append("<th data-type=\"text\" scope=\"col\"><button type=\"button\">Directory</button></th>")
            .Append("<th class=\"num\" data-type=\"number\" scope=\"col\"><button type=\"button\">Files</button></th>")
            .Append("<th class=\"num\" data-type=\"number\" scope=\"col\"><button type=\"button\">TF</button></th>")
            .Append("<th class=\"num\" data-type=\"number\" scope=\"col\"><button type=\"button\">Orphaned</button>")
            .Append("</th>")
            .Append("<th data-type=\"text\" scope=\"col\"><button type=\"button\">Truck-factor developers</button>")
            .Append("</th><th data-type=\"text\" scope=\"col\"><button type=\"button\">Top author</button></th>")
            .Append("</tr></thead><tbody>");
        var orphans = OrphanCounts(orphanedFiles);
        foreach (var directory in shown)
        {
            Row(body, directory, orphans.GetValueOrDefault(directory.Path));
        }

        body.Append("</tbody></table></section>");
    }

    private static void Row(StringBuilder body, DirectoryTruckFactor directory, int orphans)
    {
        var path = HtmlText.Encode(directory.Path + "/");
        var authors = HtmlText.Encode(string.Join(", ", directory.Authors));
        var top = directory.TopAuthor is null
            ? string.Empty
            : HtmlText.Encode(directory.TopAuthor) + " (" + HtmlText.Count(directory.TopAuthorFiles) + ")";
        body.Append("<tr data-path=\"").Append(HtmlText.Encode(directory.Path)).Append("\">")
            .Append("<td class=\"mono\" data-sort=\"").Append(path).Append("\">").Append(path).Append("</td>")
            .Append("<td class=\"num\" data-field=\"files\" data-sort=\"").Append(HtmlText.Raw(directory.Files))
            .Append("\">").Append(HtmlText.Count(directory.Files)).Append("</td>")
            .Append("<td class=\"num\" data-field=\"truckFactor\" data-sort=\"")
            .Append(HtmlText.Raw(directory.TruckFactor)).Append("\"><span class=\"tf ")
            .Append(RiskScale.CssClass(directory.TruckFactor)).Append("\">").Append(HtmlText.Raw(directory.TruckFactor))
            .Append("</span></td><td class=\"num\" data-field=\"orphaned\" data-sort=\"").Append(HtmlText.Raw(orphans))
            .Append("\">").Append(HtmlText.Count(orphans)).Append(" <small>(")
            .Append(HtmlText.Percent(orphans / (double)directory.Files)).Append(")</small>")
            .Append("</td><td data-sort=\"").Append(authors).Append("\">").Append(authors).Append("</td>")
            .Append("<td data-sort=\"").Append(HtmlText.Encode(directory.TopAuthor ?? string.Empty)).Append("\">")
            .Append(top).Append("</td></tr>");
    }

    private static Dictionary<string, int> OrphanCounts(IReadOnlyList<string> orphanedFiles)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var path in orphanedFiles)
        {
            for (var slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1))
            {
                var directory = path[..slash];
                counts[directory] = counts.GetValueOrDefault(directory) + 1;
            }
        }

        return counts;
    }

    private static int Depth(DirectoryTruckFactor directory) => directory.Path.Count(c => c == '/') + 1;
}
