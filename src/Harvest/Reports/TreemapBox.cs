namespace TruckFactor.Harvest.Reports;

/// <summary>A rectangle of the treemap, in SVG user units.</summary>
/// <param name="X">The left edge.</param>
/// <param name="Y">The top edge.</param>
/// <param name="Width">The width.</param>
/// <param name="Height">The height.</param>
internal readonly record struct TreemapBox(double X, double Y, double Width, double Height)
{
    /// <summary>This box shrunk by the given margins, never below zero size.</summary>
    public TreemapBox Inset(double left, double top, double right, double bottom) =>
        new(X + left, Y + top, Math.Max(0, Width - left - right), Math.Max(0, Height - top - bottom));
}
