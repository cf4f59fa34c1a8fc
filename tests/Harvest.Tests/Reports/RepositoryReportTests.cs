using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using TruckFactor.Analysis.Classification;
using TruckFactor.Analysis.Identities;
using TruckFactor.Analysis.Results;
using TruckFactor.Harvest.Reports;
using TruckFactor.Harvest.Tests.Support;

namespace TruckFactor.Harvest.Tests.Reports;

/// <summary>
/// The repository page, rendered from a result written by hand (<see cref="ReportSamples.Result"/>): its numbers
/// are read back from the page's data attributes and compared with the result's.
/// </summary>
public sealed partial class RepositoryReportTests
{
    [Fact]
    public void Render_Result_NumbersEqualTheResult()
    {
        var result = ReportSamples.Result();

        var html = RepositoryReport.Render(result);

        Assert.Equal("1", Field(html, "truckFactor"));
        Assert.Equal("10", Field(html, "files"));
        Assert.Equal(0.4, double.Parse(Field(html, "coverageAfter"), CultureInfo.InvariantCulture));
        var author = Assert.Single(AuthorBars().Matches(html));
        Assert.Equal("6", author.Groups["files"].Value);
        Assert.Equal(0.6, double.Parse(author.Groups["share"].Value, CultureInfo.InvariantCulture));

        // The headline's sentence: 6 of 10 files orphaned (1 - coverageAfter = 60.0 %).
        Assert.Contains("<b>6 of 10 files (60.0\u00a0%)</b>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Orphaned files (6)</h2>", html, StringComparison.Ordinal);
        Assert.Equal(6, Regex.Count(html, "<li><span class=\"dir\">"));
    }

    [Fact]
    public void Render_Result_TreemapHasOneBoxPerDirectoryWithItsNumbers()
    {
        var result = ReportSamples.Result();

        var html = RepositoryReport.Render(result);

        // The page's attribute values, decoded by the BCL's own HTML decoder, give back the raw paths.
        var boxes = TreemapBoxes().Matches(html)
            .Select(m => (Path: WebUtility.HtmlDecode(m.Groups["path"].Value), Tf: m.Groups["tf"].Value,
                Files: m.Groups["files"].Value))
            .ToList();
        var expected = result.Directories
            .Select(d => (d.Path, Tf: Invariant(d.TruckFactor), Files: Invariant(d.Files)))
            .ToList();
        Assert.Equal(expected.Order(), boxes.Order());
    }

    [Fact]
    public void Render_Result_DirectoryTableCountsOrphansByHand()
    {
        // Orphans: the six files of Mallory. Under src/: a.c, b.c, ui/x.js, ui/y.js and ui/<b>bold</b>.js = 5 of
        // 5; under src/ui/: 3 of 3; under lib/: none of Zoë's 4.
        var html = RepositoryReport.Render(ReportSamples.Result());

        Assert.Equal("5", Orphaned(html, "src"));
        Assert.Equal("3", Orphaned(html, "src/ui"));
        Assert.Equal("0", Orphaned(html, "lib"));
    }

    [Fact]
    public void Render_HtmlInPathsAndNames_ShownAsText()
    {
        var html = RepositoryReport.Render(ReportSamples.Result());

        // Our own script is the page's only script element, and no element came from the data.
        Assert.Single(Regex.Matches(html, "<script", RegexOptions.IgnoreCase));
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>bold", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/", html, StringComparison.Ordinal);
        Assert.Contains("Mallory &lt;img src=x onerror=alert(2)&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Zoë &quot;Q&quot; O&#x27;Hara &amp; Co", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UrlRepository_OnlyExternalAddressIsTheRepositoryLink()
    {
        var html = RepositoryReport.Render(ReportSamples.Result("https://github.com/octo/demo"));

        Assert.Equal(["https://github.com/octo/demo"], ExternalAddresses(html));
        Assert.Single(Regex.Matches(html, "https?:", RegexOptions.IgnoreCase));
        AssertSelfContained(html);
    }

    [Fact]
    public void Render_LocalRepository_NoExternalAddressAtAll()
    {
        var html = RepositoryReport.Render(ReportSamples.Result("/srv/mirrors/demo"));

        Assert.Empty(ExternalAddresses(html));
        Assert.DoesNotMatch(new Regex("https?:", RegexOptions.IgnoreCase), html);
        AssertSelfContained(html);
    }

    [Fact]
    public void Render_InHarvest_LinksBackToTheHarvestPage()
    {
        var html = RepositoryReport.Render(
            ReportSamples.Result(), new HarvestPageLink(ReportSamples.HarvestId, "../../../report.html"));

        Assert.Contains("<a href=\"../../../report.html\">", html, StringComparison.Ordinal);
        Assert.Contains(ReportSamples.HarvestId, html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TruckFactorZero_SaysSoWithoutAuthors()
    {
        var result = ReportSamples.Result() with { TruckFactor = 0, Authors = [], CoverageAfter = 0.3 };

        var html = RepositoryReport.Render(result);

        Assert.Equal("0", Field(html, "truckFactor"));
        Assert.Contains("Fewer than half of the files have an author", html, StringComparison.Ordinal);
        Assert.Empty(AuthorBars().Matches(html));
    }

    internal static void AssertSelfContained(string html)
    {
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("<script[^>]+src", html);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Selection_ShowsCountsReasonsAndMergedIdentities()
    {
        // Twelve files: ten code, two left out (a vendored one and a <generated> one, whose reason needs encoding).
        var selection = new FileSelection(
            Classifier: true,
            Total: 12,
            Code: 10,
            ByCategory: new Dictionary<string, int> { ["code"] = 10, ["vendored"] = 1, ["generated"] = 1 },
            LeftOut:
            [
                new FileDecision("vendor/lib.js", FileCategory.Vendored, "folder vendor/"),
                new FileDecision("gen/<x>.go", FileCategory.Generated, "generated-code marker \"<DO NOT EDIT>\""),
            ],
            WithoutHistory: 0);
        var merged = new Developer(1, "Ann", "ann@example.com", ["Ann <ann@example.com>", "ann <a@old.org>"], false);
        var result = ReportSamples.Result() with { Selection = selection, MergedIdentities = [merged] };

        var html = RepositoryReport.Render(result);

        Assert.Contains("<h2>Files analysed</h2>", html, StringComparison.Ordinal);
        Assert.Contains("10 of 12 files are the system's own code", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>vendored</td><td class=\"num\">1</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains(
            "folder vendor/: 1 (<span class=\"mono\">vendor/lib.js</span>)", html, StringComparison.Ordinal);
        Assert.Contains("gen/&lt;x&gt;.go", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<DO NOT EDIT>", html, StringComparison.Ordinal);
        Assert.Contains("Ann <", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("ann &lt;a@old.org&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_OlderResultWithoutSelection_HasNoFilesSection()
    {
        var html = RepositoryReport.Render(ReportSamples.Result());

        Assert.DoesNotContain("id=\"selection\"", html, StringComparison.Ordinal);
    }

    /// <summary>Every src or href that names a scheme, such as https: or file:.</summary>
    internal static List<string> ExternalAddresses(string html) =>
    [
        .. Regex.Matches(html, "(?:src|href)\\s*=\\s*\"([^\"]*)\"", RegexOptions.IgnoreCase)
            .Select(m => m.Groups[1].Value)
            .Where(address => Regex.IsMatch(address, "^\\s*[a-zA-Z][a-zA-Z0-9+.-]*:|^\\s*//")),
    ];

    private static string Field(string html, string name) =>
        Regex.Match(html, $"data-field=\"{name}\" data-value=\"([^\"]*)\"").Groups[1].Value;

    private static string Orphaned(string html, string path)
    {
        var row = Regex.Match(html, $"<tr data-path=\"{Regex.Escape(path)}\">(.*?)</tr>").Groups[1].Value;
        return Regex.Match(row, "data-field=\"orphaned\" data-sort=\"(\\d+)\"").Groups[1].Value;
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(
        "<g class=\"author\" data-name=\"[^\"]*\" data-files=\"(?<files>\\d+)\" data-share=\"(?<share>[^\"]+)\"")]
    private static partial Regex AuthorBars();

    [GeneratedRegex("data-path=\"(?<path>[^\"]*)\" data-tf=\"(?<tf>\\d+)\" data-files=\"(?<files>\\d+)\"><title>")]
    private static partial Regex TreemapBoxes();
}
