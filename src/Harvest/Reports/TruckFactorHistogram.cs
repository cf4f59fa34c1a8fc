using System.Text;

namespace TruckFactor.Harvest.Reports;

/// <summary>The harvest's histogram: how many repositories have each truck factor, as an inline SVG.</summary>
internal static class TruckFactorHistogram
{
    // Truck factors of ten and more are rare and all mean "many"; one bar keeps the riskier bars wide.
    private const int LastBin = 10;
    private const double Width = 720;
    private const double Height = 250;
    private const double Left = 44;
    private const double Right = 12;
    private const double Top = 22;
    private const double Bottom = 46;

    private static readonly int[] NiceMultipliers = [1, 2, 5, 10];

    public static string Render(IReadOnlyList<int> truckFactors)
    {
        var bins = Bins(truckFactors);
        var highest = Math.Max(1, bins.Max(bin => bin.Count));
        var step = TickStep(highest);
        var scaleTop = Math.Ceiling(highest / (double)step) * step;
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var slot = plotWidth / bins.Count;
        var svg = new StringBuilder();
        svg.Append(SvgShapes.Open("histogram", Width, Height, "Number of repositories for each truck factor"));
        for (var tick = 0; tick <= scaleTop; tick += step)
        {
            var y = Top + plotHeight - (tick / scaleTop * plotHeight);
            svg.Append(SvgShapes.Line("grid-line", Left, y, Width - Right, y))
                .Append(SvgShapes.Text("muted", Left - 6, y + 4, "end", HtmlText.Count(tick)));
        }

        var total = truckFactors.Count;
        for (var i = 0; i < bins.Count; i++)
        {
            var (from, label, count) = bins[i];
            var x = Left + (i * slot) + (slot * 0.12);
            var height = count / scaleTop * plotHeight;
            var y = Top + plotHeight - height;
            var share = total == 0 ? 0 : count / (double)total;
            var title = $"Truck factor {label}: {HtmlText.Count(count)} "
                + $"{(count == 1 ? "repository" : "repositories")} ({HtmlText.Percent(share)})";
            svg.Append("<g data-tf=\"").Append(label).Append("\" data-count=\"").Append(HtmlText.Raw(count))
                .Append("\">").Append(SvgShapes.Rect(x, y, slot * 0.76, height, RiskScale.Fill(from), title));
            if (count > 0)
            {
                svg.Append(SvgShapes.Text("label", x + (slot * 0.38), y - 5, "middle", HtmlText.Count(count)));
            }

            svg.Append(SvgShapes.Text("label", x + (slot * 0.38), Top + plotHeight + 17, "middle", label))
                .Append("</g>");
        }

        svg.Append(SvgShapes.Line("axis", Left, Top + plotHeight, Width - Right, Top + plotHeight))
            .Append(SvgShapes.Text("muted", Left + (plotWidth / 2), Height - 8, "middle", "truck factor"))
            .Append("</svg>");
        return svg.ToString();
    }

    private static List<(int From, string Label, int Count)> Bins(IReadOnlyList<int> truckFactors)
    {
        // Always from 1 (0 only when present) to at least 5, so one harvest reads like the next.
        var first = truckFactors.Contains(0) ? 0 : 1;
        var last = Math.Clamp(truckFactors.DefaultIfEmpty(0).Max(), 5, LastBin);
        var bins = new List<(int, string, int)>();
        for (var tf = first; tf <= last; tf++)
        {
            var open = tf == LastBin;
            var count = truckFactors.Count(value => open ? value >= tf : value == tf);
            bins.Add((tf, open ? HtmlText.Raw(tf) + "+" : HtmlText.Raw(tf), count));
        }

        return bins;
    }

    private static int TickStep(int highest)
    {
        // About four grid lines: 1, 2, 5, 10, 20, 50 ... repositories apart.
        var rough = highest / 4.0;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(Math.Max(1, rough))));
        var step = NiceMultipliers.Select(m => m * magnitude).First(s => s >= rough);
        return Math.Max(1, (int)step);
    }
}
