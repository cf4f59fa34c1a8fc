namespace TruckFactor.Harvest.Reports;

/// <summary>The few SVG elements the charts draw, with coordinates in invariant form.</summary>
internal static class SvgShapes
{
    /// <summary>The average width of a character of 12-unit system-ui text, measured at about 6.6 units.</summary>
    public const double CharWidth = 6.6;

    public static string Open(string css, double width, double height, string label) =>
        $"<svg class=\"{css}\" viewBox=\"0 0 {HtmlText.Coordinate(width)} {HtmlText.Coordinate(height)}\" "
        + $"role=\"img\" aria-label=\"{HtmlText.Encode(label)}\">";

    public static string Line(string css, double x1, double y1, double x2, double y2) =>
        $"<line class=\"{css}\" x1=\"{HtmlText.Coordinate(x1)}\" y1=\"{HtmlText.Coordinate(y1)}\" "
        + $"x2=\"{HtmlText.Coordinate(x2)}\" y2=\"{HtmlText.Coordinate(y2)}\"/>";

    /// <summary>A text element; <paramref name="html"/> must already be escaped.</summary>
    public static string Text(string css, double x, double y, string anchor, string html) =>
        $"<text class=\"{css}\" x=\"{HtmlText.Coordinate(x)}\" y=\"{HtmlText.Coordinate(y)}\" "
        + $"text-anchor=\"{anchor}\">{html}</text>";

    /// <summary>
    /// A rectangle with a tooltip; <paramref name="titleHtml"/> must already be escaped, and
    /// <paramref name="attributes"/> is markup of the caller's own (never repository text unescaped).
    /// </summary>
    public static string Rect(
        double x,
        double y,
        double width,
        double height,
        string fill,
        string titleHtml,
        string attributes = "") =>
        $"<rect x=\"{HtmlText.Coordinate(x)}\" y=\"{HtmlText.Coordinate(y)}\" width=\"{HtmlText.Coordinate(width)}\" "
        + $"height=\"{HtmlText.Coordinate(height)}\" fill=\"{fill}\"{attributes}><title>{titleHtml}</title></rect>";
}
