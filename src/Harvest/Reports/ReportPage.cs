using System.Security.Cryptography;
using System.Text;

namespace TruckFactor.Harvest.Reports;

/// <summary>
/// The frame of every report page: one self-contained HTML document with its style sheet and script inline.
/// Its Content-Security-Policy allows exactly that style sheet and that script (by hash) and no fetch of any
/// kind, so even a string that escaped escaping could neither run nor load anything.
/// </summary>
internal static class ReportPage
{
    private static readonly string Policy =
        $"default-src 'none'; style-src '{Hash(ReportStyles.Css)}'; script-src '{Hash(ReportScript.Js)}'; "
        + "img-src data:; base-uri 'none'; form-action 'none'";

    /// <summary>Wraps <paramref name="body"/> (already escaped HTML) in a complete document.</summary>
    /// <param name="title">The page title, plain text.</param>
    /// <param name="body">The contents of main.</param>
    /// <returns>The document.</returns>
    public static string Build(string title, string body)
    {
        var page = new StringBuilder(body.Length + ReportStyles.Css.Length + 2048);
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(Policy).Append("\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"referrer\" content=\"no-referrer\">\n")
            .Append("<meta name=\"generator\" content=\"truckfactor\">\n")
            .Append("<title>").Append(HtmlText.Encode(title)).Append("</title>\n")
            .Append("<style>").Append(ReportStyles.Css).Append("</style>\n")
            .Append("</head>\n<body>\n<main>\n")
            .Append(body)
            .Append("</main>\n<script>").Append(ReportScript.Js).Append("</script>\n</body>\n</html>\n");
        return page.ToString();
    }

    private static string Hash(string text) =>
        "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
