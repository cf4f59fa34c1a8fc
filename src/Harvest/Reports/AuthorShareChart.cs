using System.Text;
using TruckFactor.Analysis.Results;

namespace TruckFactor.Harvest.Reports;

/// <summary>
/// The truck-factor developers as horizontal bars: each one's authored files as a share of all analysed files,
/// on a full-width track so the shares compare with the whole (they can add up to more than 100 %).
/// </summary>
internal static class AuthorShareChart
{
    private const double Width = 560;
    private const double NameWidth = 200;
    private const double BarWidth = 230;
    private const double RowHeight = 30;
    private const double Top = 6;
    private const int NameChars = 28;
    private const string Blue = "#0969da";

    private static readonly double[] Ticks = [0, 0.5, 1];

    public static string Render(IReadOnlyList<TruckFactorAuthor> authors, int files)
    {
        if (authors.Count == 0)
        {
            return "<p class=\"note\">No developer had to leave: fewer than half of the files have an author even "
                + "with everyone present.</p>";
        }

        var height = Top + (authors.Count * RowHeight) + 22;
        var svg = new StringBuilder(SvgShapes.Open(
            "authors", Width, height, "Share of the files each truck-factor developer authors"));
        for (var i = 0; i < authors.Count; i++)
        {
            var author = authors[i];
            var y = Top + (i * RowHeight);
            var title = HtmlText.Encode($"{author.Name} <{author.Email}>: authors {HtmlText.Count(author.Files)} of "
                + $"{HtmlText.Count(files)} files ({HtmlText.Percent(author.Share)})");
            var data = $" data-name=\"{HtmlText.Encode(author.Name)}\" data-files=\"{HtmlText.Raw(author.Files)}\" "
                + $"data-share=\"{HtmlText.Raw(author.Share)}\"";
            svg.Append("<g class=\"author\"").Append(data).Append('>')
                .Append(SvgShapes.Text("label", NameWidth - 8, y + 19, "end",
                    HtmlText.Encode(HtmlText.Shorten(author.Name, NameChars))))
                .Append("<rect class=\"track\" x=\"").Append(HtmlText.Coordinate(NameWidth)).Append("\" y=\"")
                .Append(HtmlText.Coordinate(y + 6)).Append("\" width=\"").Append(HtmlText.Coordinate(BarWidth))
                .Append("\" height=\"18\"/>")
                .Append(SvgShapes.Rect(NameWidth, y + 6, BarWidth * Math.Clamp(author.Share, 0, 1), 18, Blue, title))
                .Append(SvgShapes.Text("label", NameWidth + BarWidth + 8, y + 19, "start",
                    $"{HtmlText.Count(author.Files)} files · {HtmlText.Percent(author.Share)}"))
                .Append("</g>");
        }

        var axis = Top + (authors.Count * RowHeight) + 4;
        foreach (var tick in Ticks)
        {
            var x = NameWidth + (BarWidth * tick);
            svg.Append(SvgShapes.Line("axis", x, axis - 2, x, axis + 3))
                .Append(SvgShapes.Text("muted", x, axis + 15, "middle", HtmlText.WholePercent(tick)));
        }

        return svg.Append("</svg>").ToString();
    }
}
