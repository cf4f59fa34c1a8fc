using System.Text;
using TruckFactor.Analysis.Doa;
using TruckFactor.Analysis.Results;

namespace TruckFactor.Harvest.Reports;

/// <summary>
/// The coverage curve: the share of files that still have an author as the greedy removal takes developers away
/// one by one, the 50 % line, and where the curve falls below it (the truck factor).
/// </summary>
internal static class CoverageChart
{
    private const double Width = 560;
    private const double PlotHeight = 210;
    private const double Left = 50;
    private const double Right = 24;
    private const double Top = 16;
    private const double LevelBottom = 36;
    private const double SlantedBottom = 74;
    private const int RotatedNameChars = 14;
    private const int MaxNameChars = 30;

    // Names stand level under their points while each has this much room; closer points get slanted names.
    private const double LevelSlot = 90;

    private static readonly double[] Ticks = [0, 0.25, 0.5, 0.75, 1];

    public static string Render(TruckFactorResult result)
    {
        var steps = result.Coverage;
        var threshold = DoaOptions.Paper.CoverageThreshold;
        var plotWidth = Width - Left - Right;
        var span = Math.Max(1, steps.Count - 1);
        var slot = plotWidth / span;
        var height = Top + PlotHeight + (slot >= LevelSlot ? LevelBottom : SlantedBottom);
        double X(int step) => Left + (step * plotWidth / span);
        double Y(double coverage) => Top + ((1 - coverage) * PlotHeight);

        var svg = new StringBuilder(SvgShapes.Open(
            "coverage", Width, height, "Share of files that keep an author as developers leave"));
        foreach (var tick in Ticks)
        {
            svg.Append(SvgShapes.Line("grid-line", Left, Y(tick), Width - Right, Y(tick)))
                .Append(SvgShapes.Text("muted", Left - 6, Y(tick) + 4, "end", HtmlText.WholePercent(tick)));
        }

        var points = string.Join(
            ' ', steps.Select((step, i) => $"{HtmlText.Coordinate(X(i))},{HtmlText.Coordinate(Y(step.Coverage))}"));
        svg.Append("<polygon class=\"area\" points=\"").Append(HtmlText.Coordinate(X(0))).Append(',')
            .Append(HtmlText.Coordinate(Y(0))).Append(' ').Append(points).Append(' ')
            .Append(HtmlText.Coordinate(X(steps.Count - 1))).Append(',').Append(HtmlText.Coordinate(Y(0)))
            .Append("\"/><polyline class=\"curve\" points=\"").Append(points).Append("\"/>")
            .Append(SvgShapes.Line("threshold", Left, Y(threshold), Width - Right, Y(threshold)))
            .Append(SvgShapes.Text(
                "label", Width - Right, Y(threshold) - 6, "end", HtmlText.WholePercent(threshold) + " of files"));
        Marker(svg, result, steps, threshold, X, Y);
        for (var i = 0; i < steps.Count; i++)
        {
            Point(svg, steps[i], i, X(i), Y(steps[i].Coverage));
            Name(svg, i == 0 ? "everyone" : steps[i].Name, X(i), Y(0) + 18, slot);
        }

        svg.Append(SvgShapes.Line("axis", Left, Y(0), Width - Right, Y(0)));
        return svg.Append("</svg>").ToString();
    }

    private static void Marker(
        StringBuilder svg,
        TruckFactorResult result,
        IReadOnlyList<CoverageStep> steps,
        double threshold,
        Func<int, double> x,
        Func<double, double> y)
    {
        var below = steps.ToList().FindIndex(step => step.Coverage < threshold);
        if (below < 0)
        {
            return;
        }

        var label = below == result.TruckFactor
            ? $"truck factor {HtmlText.Raw(result.TruckFactor)}"
            : $"below {HtmlText.WholePercent(threshold)} after {HtmlText.Raw(below)}; "
                + $"truck factor {HtmlText.Raw(result.TruckFactor)} after pruning";
        var anchor = x(below) > Width / 2 ? "end" : "start";
        var offset = anchor == "end" ? -6 : 6;
        svg.Append(SvgShapes.Line("marker", x(below), y(1), x(below), y(0)))
            .Append(SvgShapes.Text("label", x(below) + offset, y(1) + 14, anchor, label));
    }

    private static void Point(StringBuilder svg, CoverageStep step, int index, double x, double y)
    {
        var title = index == 0
            ? $"With everyone present, {HtmlText.Percent(step.Coverage)} of files have an author"
            : $"{index}. Without {step.Name} ({HtmlText.Count(step.Files)} files): "
                + $"{HtmlText.Percent(step.Coverage)} of files keep an author";
        svg.Append("<circle cx=\"").Append(HtmlText.Coordinate(x)).Append("\" cy=\"").Append(HtmlText.Coordinate(y))
            .Append("\" r=\"4.5\" fill=\"#0969da\" data-coverage=\"").Append(HtmlText.Raw(step.Coverage))
            .Append("\"><title>").Append(HtmlText.Encode(title)).Append("</title></circle>");
    }

    private static void Name(StringBuilder svg, string name, double x, double labelY, double slot)
    {
        if (slot >= LevelSlot)
        {
            // Centred under the point, but kept inside the chart: the last name moves left when it is long.
            var text = HtmlText.Shorten(name, Math.Min(MaxNameChars, (int)((slot - 10) / SvgShapes.CharWidth)));
            var half = text.Length * SvgShapes.CharWidth / 2;
            var centre = Math.Clamp(x, half, Width - half);
            svg.Append(SvgShapes.Text("label muted", centre, labelY, "middle", HtmlText.Encode(text)));
            return;
        }

        svg.Append("<text class=\"label muted\" text-anchor=\"end\" transform=\"translate(")
            .Append(HtmlText.Coordinate(x + 4)).Append(' ').Append(HtmlText.Coordinate(labelY - 4))
            .Append(") rotate(-35)\">").Append(HtmlText.Encode(HtmlText.Shorten(name, RotatedNameChars)))
            .Append("</text>");
    }
}
