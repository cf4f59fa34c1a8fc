namespace TruckFactor.Harvest.Reports;

/// <summary>
/// The squarified treemap layout of Bruls, Huizing and van Wijk (2000): boxes laid in rows along the shorter
/// side, a row growing while that makes its worst aspect ratio better, so boxes stay close to squares.
/// </summary>
internal static class TreemapLayout
{
    /// <summary>Splits <paramref name="bounds"/> into boxes whose areas are proportional to the weights.</summary>
    /// <param name="weights">Positive weights, largest first (the layout is best that way).</param>
    /// <param name="bounds">The box to fill.</param>
    /// <returns>One box per weight, in the same order.</returns>
    public static List<TreemapBox> Squarify(IReadOnlyList<double> weights, TreemapBox bounds)
    {
        var boxes = new List<TreemapBox>(weights.Count);
        var total = weights.Sum();
        if (total <= 0 || bounds.Width <= 0 || bounds.Height <= 0)
        {
            boxes.AddRange(weights.Select(_ => bounds with { Width = 0, Height = 0 }));
            return boxes;
        }

        var scale = bounds.Width * bounds.Height / total;
        var areas = weights.Select(weight => weight * scale).ToList();
        var remaining = bounds;
        var start = 0;
        while (start < areas.Count)
        {
            var side = Math.Min(remaining.Width, remaining.Height);
            var end = start + 1;
            while (end < areas.Count && Worst(areas, start, end + 1, side) <= Worst(areas, start, end, side))
            {
                end++;
            }

            remaining = Place(areas, start, end, remaining, boxes);
            start = end;
        }

        return boxes;
    }

    private static double Worst(List<double> areas, int start, int end, double side)
    {
        double sum = 0;
        var max = double.MinValue;
        var min = double.MaxValue;
        for (var i = start; i < end; i++)
        {
            sum += areas[i];
            max = Math.Max(max, areas[i]);
            min = Math.Min(min, areas[i]);
        }

        var sideSquared = side * side;
        var sumSquared = sum * sum;
        return Math.Max(sideSquared * max / sumSquared, sumSquared / (sideSquared * min));
    }

    private static TreemapBox Place(List<double> areas, int start, int end, TreemapBox box, List<TreemapBox> boxes)
    {
        var sum = 0.0;
        for (var i = start; i < end; i++)
        {
            sum += areas[i];
        }

        if (box.Width >= box.Height)
        {
            // A column along the left edge, as tall as the box.
            var width = box.Height > 0 ? Math.Min(box.Width, sum / box.Height) : 0;
            var y = box.Y;
            for (var i = start; i < end; i++)
            {
                var height = width > 0 ? areas[i] / width : 0;
                boxes.Add(new TreemapBox(box.X, y, width, height));
                y += height;
            }

            return box.Inset(width, 0, 0, 0);
        }

        // A row along the top edge, as wide as the box.
        var rowHeight = box.Width > 0 ? Math.Min(box.Height, sum / box.Width) : 0;
        var x = box.X;
        for (var i = start; i < end; i++)
        {
            var width = rowHeight > 0 ? areas[i] / rowHeight : 0;
            boxes.Add(new TreemapBox(x, box.Y, width, rowHeight));
            x += width;
        }

        return box.Inset(0, rowHeight, 0, 0);
    }
}
