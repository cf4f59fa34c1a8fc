using System.Text;
using TruckFactor.Analysis.Results;

namespace TruckFactor.Harvest.Reports;

/// <summary>
/// A repository's page: its truck factor and the developers behind it with their shares of the files, the
/// coverage curve, the directory tree coloured by each directory's own truck factor, and the files that would
/// be orphaned. Every number is the one in the result JSON.
/// </summary>
public static class RepositoryReport
{
    private const int MaxNamesInHeadline = 4;

    /// <summary>Renders the page.</summary>
    /// <param name="result">The repository's result, as <c>truckfactor analyze --format json</c> gives it.</param>
    /// <param name="harvest">The harvest page to link back to, or null for a page of its own.</param>
    /// <returns>A self-contained HTML document.</returns>
    public static string Render(TruckFactorResult result, HarvestPageLink? harvest = null)
    {
        ArgumentNullException.ThrowIfNull(result);

        var body = new StringBuilder();
        Header(body, result, harvest);
        Headline(body, result);
        body.Append("<div class=\"grid\"><div class=\"stack\">")
            .Append("<section class=\"card\" id=\"developers\"><h2>Key developers</h2><p class=\"note\">")
            .Append("Share of the analysed files each truck-factor developer authors, in removal order.</p>")
            .Append(AuthorShareChart.Render(result.Authors, result.Files)).Append("</section>")
            .Append("<section class=\"card\" id=\"areas\"><h2>Where the orphaned files are</h2><p class=\"note\">")
            .Append("Files left without an author once they leave, per top-level directory.</p>")
            .Append(OrphanAreaChart.Render(result)).Append("</section></div>")
            .Append("<section class=\"card\" id=\"coverage\"><h2>Coverage as developers leave</h2>")
            .Append("<p class=\"note\">Share of files that still have an author as the key developers leave, ")
            .Append("one by one; the truck factor is reached when it falls below half.</p>")
            .Append(CoverageChart.Render(result)).Append("</section></div>");
        body.Append("<section class=\"card\" id=\"directories\"><h2>Truck factor of each directory</h2>")
            .Append("<p class=\"note\">Each box is a directory, sized by its number of files and coloured by the ")
            .Append("truck factor of its files alone, with its subdirectories inside; the rest of a box is the ")
            .Append("directory's own files. Hover over a box for its truck-factor developers and top author; four ")
            .Append("levels are drawn at most, and the result JSON has every directory.</p>")
            .Append(RiskScale.Legend())
            .Append(DirectoryTreemap.Render(result.Directories))
            .Append("</section>");
        DirectoryTable.Append(body, result.Directories, result.OrphanedFiles);
        SelectionSection.Append(body, result);
        Orphans(body, result);
        Footer(body, result);
        return ReportPage.Build($"Truck factor of {Display(result.Repository)}", body.ToString());
    }

    private static void Header(StringBuilder body, TruckFactorResult result, HarvestPageLink? harvest)
    {
        body.Append("<header>");
        if (harvest is not null)
        {
            body.Append("<p class=\"crumb\"><a href=\"").Append(HtmlText.Encode(harvest.Href))
                .Append("\">← All repositories of harvest ").Append(HtmlText.Encode(harvest.HarvestId))
                .Append("</a></p>");
        }

        body.Append("<h1>").Append(HtmlText.Encode(Display(result.Repository))).Append("</h1><p class=\"meta\">");
        if (WebAddress(result.Repository) is { } address)
        {
            body.Append("<span><a href=\"").Append(HtmlText.Encode(address.AbsoluteUri))
                .Append("\" rel=\"noopener noreferrer\">open the repository</a></span>");
        }

        var commit = result.Commit[..Math.Min(12, result.Commit.Length)];
        body.Append("<span>commit <code>").Append(HtmlText.Encode(commit)).Append("</code></span>")
            .Append("<span>profile ").Append(HtmlText.Encode(result.Profile)).Append("</span>")
            .Append("<span>").Append(HtmlText.Count(result.Stats.Commits)).Append(" commits</span>")
            .Append("<span>").Append(HtmlText.Count(result.Stats.Developers)).Append(" developers</span>")
            .Append("</p></header>");
    }

    private static void Headline(StringBuilder body, TruckFactorResult result)
    {
        var tf = result.TruckFactor;
        var orphans = result.OrphanedFiles.Count;
        var orphanShare = result.Files == 0 ? 0 : orphans / (double)result.Files;
        body.Append("<section class=\"headline\" id=\"headline\"><div class=\"big ").Append(RiskScale.CssClass(tf))
            .Append("\" data-field=\"truckFactor\" data-value=\"").Append(HtmlText.Raw(tf)).Append("\">")
            .Append(HtmlText.Raw(tf)).Append("<small>TRUCK FACTOR</small></div><div><p class=\"lead\">");
        if (tf == 0)
        {
            body.Append("Fewer than half of the files have an author even with every developer present: ")
                .Append("only <b>").Append(HtmlText.Percent(result.CoverageAfter)).Append("</b> do.");
        }
        else
        {
            // A long list would bury the point; past four, the first three stand for the rest.
            var names = result.Authors.Select(author => "<b>" + HtmlText.Encode(author.Name) + "</b>").ToList();
            if (names.Count > MaxNamesInHeadline)
            {
                names = [.. names.Take(3), $"{HtmlText.Count(names.Count - 3)} other developers"];
            }

            body.Append("If ").Append(HtmlText.Join(names)).Append(" left")
                .Append(", <b>").Append(HtmlText.Count(orphans)).Append(" of ").Append(HtmlText.Count(result.Files))
                .Append(" files (").Append(HtmlText.Percent(orphanShare)).Append(")</b> would have no author left.");
        }

        body.Append("</p><p class=\"meta\"><span data-field=\"files\" data-value=\"").Append(HtmlText.Raw(result.Files))
            .Append("\">").Append(HtmlText.Count(result.Files)).Append(" files analysed</span><span ")
            .Append("data-field=\"coverageAfter\" data-value=\"").Append(HtmlText.Raw(result.CoverageAfter))
            .Append("\">").Append(HtmlText.Percent(result.CoverageAfter))
            .Append(" keep an author once they leave</span></p></div></section>");
    }

    private static void Orphans(StringBuilder body, TruckFactorResult result)
    {
        var orphans = result.OrphanedFiles;
        body.Append("<section id=\"orphans\"><h2>Orphaned files (").Append(HtmlText.Count(orphans.Count))
            .Append(")</h2><p class=\"note\">Files left without any author once the truck-factor developers ")
            .Append("leave.</p>");
        if (orphans.Count == 0)
        {
            body.Append("<p>None.</p></section>");
            return;
        }

        body.Append("<ol class=\"paths mono\">");
        foreach (var path in orphans)
        {
            var slash = path.LastIndexOf('/') + 1;
            body.Append("<li><span class=\"dir\">").Append(HtmlText.Encode(path[..slash])).Append("</span>")
                .Append(HtmlText.Encode(path[slash..])).Append("</li>");
        }

        body.Append("</ol></section>");
    }

    private static void Footer(StringBuilder body, TruckFactorResult result)
    {
        body.Append("<footer>");
        if (result.ExcludedBots.Count > 0)
        {
            var bots = string.Join(", ", result.ExcludedBots.Select(bot => bot.Name));
            body.Append("<p>Bots left out: ").Append(HtmlText.Encode(bots)).Append(".</p>");
        }

        if (result.Submodules.Count > 0)
        {
            body.Append("<p>Submodules not analysed: ")
                .Append(HtmlText.Encode(string.Join(", ", result.Submodules))).Append(".</p>");
        }

        body.Append("<p>The truck factor is the smallest number of developers whose departure would leave more ")
            .Append("than half of the files without an author (degree-of-authorship algorithm of Avelino, Passos, ")
            .Append("Hora and Valente, ICPC 2016). A file can have several authors, so shares can add up to more ")
            .Append("than 100 %. Every number here is the one in the repository's result JSON.</p>")
            .Append("<p>Generated by truckfactor.</p></footer>");
    }

    private static string Display(string repository) =>
        WebAddress(repository) is { } address
            ? address.Host + address.AbsolutePath.TrimEnd('/')
            : repository;

    private static Uri? WebAddress(string repository) =>
        Uri.TryCreate(repository, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && string.IsNullOrEmpty(uri.UserInfo)
            ? uri
            : null;
}
