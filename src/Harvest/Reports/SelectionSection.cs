using System.Text;
using TruckFactor.Analysis.Results;

namespace TruckFactor.Harvest.Reports;

/// <summary>
/// The report's "Files analysed" section: how many files of each kind the commit has, which were left out and by
/// which rule, and the identities merged, so a reader can see why the number is what it is.
/// </summary>
internal static class SelectionSection
{
    private const int ListedReasons = 12;

    /// <summary>Appends the section; results from before file selection existed get none.</summary>
    public static void Append(StringBuilder body, TruckFactorResult result)
    {
        if (result.Selection is not { } selection)
        {
            return;
        }

        body.Append("<section class=\"card\" id=\"selection\"><h2>Files analysed</h2><p class=\"note\">")
            .Append(HtmlText.Count(selection.Code)).Append(" of ").Append(HtmlText.Count(selection.Total))
            .Append(selection.Classifier ? " files are the system's own code" : " files kept: the classifier was off")
            .Append(selection.LeftOut.Count > 0 ? "; the others were left out by the rules below." : ".")
            .Append(selection.WithoutHistory > 0
                ? $" {HtmlText.Count(selection.WithoutHistory)} of them have no change by a counted developer "
                    + "(only bots, or none since the chosen date) and are not analysed."
                : string.Empty)
            .Append("</p><table><thead><tr><th>Kind</th><th class=\"num\">Files</th></tr></thead><tbody>");
        foreach (var (category, count) in selection.ByCategory)
        {
            body.Append("<tr><td>").Append(HtmlText.Encode(FileSelection.Describe(category)))
                .Append("</td><td class=\"num\">").Append(HtmlText.Count(count)).Append("</td></tr>");
        }

        body.Append("</tbody></table>");
        AppendReasons(body, selection);
        AppendIdentities(body, result.MergedIdentities ?? []);
        body.Append("</section>");
    }

    private static void AppendReasons(StringBuilder body, FileSelection selection)
    {
        if (selection.LeftOut.Count == 0)
        {
            return;
        }

        // The rules that left most files out, each with a few examples; the JSON lists every file.
        var reasons = selection.LeftOut
            .GroupBy(d => d.Reason)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(ListedReasons)
            .ToList();
        body.Append("<details><summary>Why files were left out</summary><ul>");
        foreach (var reason in reasons)
        {
            var examples = string.Join(", ", reason.Take(3).Select(d => d.Path));
            body.Append("<li>").Append(HtmlText.Encode(reason.Key)).Append(": ")
                .Append(HtmlText.Count(reason.Count())).Append(" (<span class=\"mono\">")
                .Append(HtmlText.Encode(examples)).Append(reason.Count() > 3 ? ", …" : string.Empty)
                .Append("</span>)</li>");
        }

        body.Append("</ul></details>");
    }

    private static void AppendIdentities(StringBuilder body, IReadOnlyList<Analysis.Identities.Developer> merged)
    {
        if (merged.Count == 0)
        {
            return;
        }

        body.Append("<details><summary>Developers known by several identities (")
            .Append(HtmlText.Count(merged.Count)).Append(")</summary><ul>");
        foreach (var developer in merged)
        {
            body.Append("<li>").Append(HtmlText.Encode(developer.Name)).Append(": <span class=\"mono\">")
                .Append(HtmlText.Encode(string.Join("; ", developer.Identities))).Append("</span></li>");
        }

        body.Append("</ul></details>");
    }
}
