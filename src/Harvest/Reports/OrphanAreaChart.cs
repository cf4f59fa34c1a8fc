using System.Text;
using TruckFactor.Analysis.Results;

namespace TruckFactor.Harvest.Reports;

/// <summary>
/// Where the orphaned files are: for the top-level directories holding most of them (and the files at the root),
/// how many of their files the truck-factor developers' departure would leave without an author. The bars take
/// the colour of "no author" (truck factor 0), not the red of truck factor 1.
/// </summary>
internal static class OrphanAreaChart
{
    private const int MaxAreas = 8;
    private const double Width = 560;
    private const double NameWidth = 200;
    private const double BarWidth = 230;
    private const double RowHeight = 26;
    private const int NameChars = 28;
    private const string RootFiles = "(files at the root)";

    public static string Render(TruckFactorResult result)
    {
        var areas = Areas(result).Where(area => area.Orphaned > 0)
            .OrderByDescending(area => area.Orphaned)
            .ThenBy(area => area.Name, StringComparer.Ordinal)
            .Take(MaxAreas)
            .ToList();
        if (areas.Count == 0)
        {
            return "<p class=\"note\">No file would be orphaned.</p>";
        }

        var svg = new StringBuilder(SvgShapes.Open(
            "areas", Width, (areas.Count * RowHeight) + 6, "Orphaned files in each top-level directory"));
        for (var i = 0; i < areas.Count; i++)
        {
            var (name, files, orphaned) = areas[i];
            var share = orphaned / (double)files;
            var y = 3 + (i * RowHeight);
            var label = name == RootFiles ? name : name + "/";
            var title = HtmlText.Encode($"{label}: {HtmlText.Count(orphaned)} of {HtmlText.Count(files)} files "
                + $"would have no author left ({HtmlText.Percent(share)})");
            svg.Append("<g class=\"area-row\" data-area=\"").Append(HtmlText.Encode(name)).Append("\" data-orphaned=\"")
                .Append(HtmlText.Raw(orphaned)).Append("\" data-files=\"").Append(HtmlText.Raw(files)).Append("\">")
                .Append(SvgShapes.Text("label", NameWidth - 8, y + 16, "end",
                    HtmlText.Encode(HtmlText.Shorten(label, NameChars))))
                .Append("<rect class=\"track\" x=\"").Append(HtmlText.Coordinate(NameWidth)).Append("\" y=\"")
                .Append(HtmlText.Coordinate(y + 4)).Append("\" width=\"").Append(HtmlText.Coordinate(BarWidth))
                .Append("\" height=\"16\"/>")
                .Append(SvgShapes.Rect(NameWidth, y + 4, BarWidth * share, 16, RiskScale.Fill(0), title))
                .Append(SvgShapes.Text("label", NameWidth + BarWidth + 8, y + 16, "start",
                    $"{HtmlText.Count(orphaned)} of {HtmlText.Count(files)}"))
                .Append("</g>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static List<(string Name, int Files, int Orphaned)> Areas(TruckFactorResult result)
    {
        var files = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in result.FileAuthors)
        {
            var area = Area(file.Path);
            files[area] = files.GetValueOrDefault(area) + 1;
        }

        var orphaned = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var path in result.OrphanedFiles)
        {
            var area = Area(path);
            orphaned[area] = orphaned.GetValueOrDefault(area) + 1;
        }

        return [.. files.Select(pair => (pair.Key, pair.Value, orphaned.GetValueOrDefault(pair.Key)))];
    }

    private static string Area(string path)
    {
        var slash = path.IndexOf('/');
        return slash < 0 ? RootFiles : path[..slash];
    }
}
