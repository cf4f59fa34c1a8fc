using System.Text;

namespace TruckFactor.Harvest.Reports;

/// <summary>
/// The colours of truck factors, from red (one departure away from trouble) to blue (many). A diverging
/// red-blue scale (ColorBrewer RdBu) stays readable for the common forms of colour blindness, unlike red-green,
/// and every coloured mark also carries its number.
/// </summary>
internal static class RiskScale
{
    private static readonly (int From, string Label, string Fill, string Ink)[] Bands =
    [
        (0, "0", "#4d4d4d", "#ffffff"),
        (1, "1", "#b2182b", "#ffffff"),
        (2, "2", "#ef8a62", "#1f2328"),
        (3, "3", "#fddbc7", "#1f2328"),
        (4, "4–5", "#d1e5f0", "#1f2328"),
        (6, "6–9", "#67a9cf", "#1f2328"),
        (10, "10+", "#2166ac", "#ffffff"),
    ];

    public static string Fill(int truckFactor) => Band(truckFactor).Fill;

    public static string Ink(int truckFactor) => Band(truckFactor).Ink;

    /// <summary>The CSS class of text drawn on the band's colour: light text on dark fills.</summary>
    public static string TextClass(int truckFactor) => Band(truckFactor).Ink == "#ffffff" ? "on-dark" : "on-light";

    /// <summary>The CSS class that colours a badge, such as risk-2 (bands share the class of their start).</summary>
    public static string CssClass(int truckFactor) => "risk-" + Band(truckFactor).From;

    /// <summary>The legend: one swatch per band, with what TF 0 means.</summary>
    public static string Legend()
    {
        var html = new StringBuilder("<ul class=\"legend\" aria-label=\"Colour of each truck factor\">");
        foreach (var band in Bands)
        {
            html.Append("<li><span class=\"swatch risk-").Append(band.From).Append("\"></span>TF ")
                .Append(band.Label).Append(band.From == 0 ? " (under half the files have an author)" : string.Empty)
                .Append("</li>");
        }

        return html.Append("</ul>").ToString();
    }

    /// <summary>The CSS rules of the badge and swatch classes, made from the same bands as the SVG fills.</summary>
    public static string CssRules()
    {
        var css = new StringBuilder();
        foreach (var band in Bands)
        {
            css.Append(".risk-").Append(band.From).Append("{background:").Append(band.Fill).Append(";color:")
                .Append(band.Ink).Append("}\n");
        }

        return css.ToString();
    }

    private static (int From, string Label, string Fill, string Ink) Band(int truckFactor) =>
        Bands.Last(band => truckFactor >= band.From);
}
