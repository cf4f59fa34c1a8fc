using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using TruckFactor.Harvest.Discovery;
using TruckFactor.Harvest.Models;
using TruckFactor.Harvest.Reports;
using TruckFactor.Harvest.Tests.Support;

namespace TruckFactor.Harvest.Tests.Reports;

/// <summary>The harvest page, rendered from results written by hand (<see cref="ReportSamples.Harvest"/>).</summary>
public sealed partial class HarvestReportTests
{
    [Fact]
    public void Render_Results_EveryRowCarriesTheNumbersOfResultsJson()
    {
        var results = ReportSamples.Harvest();

        var html = HarvestReport.Render(results);

        // Keyed by the row's repository as the BCL's HTML decoder reads it back.
        var rows = TableRows().Matches(html).ToDictionary(
            m => WebUtility.HtmlDecode(Regex.Match(m.Value, "data-repository=\"([^\"]*)\"").Groups[1].Value),
            m => m.Groups[1].Value);
        Assert.Equal(results.Repositories.Count, rows.Count);
        foreach (var row in results.Repositories)
        {
            var cells = rows[row.Repository];
            Assert.Equal(Invariant(row.TruckFactor), Cell(cells, "truckFactor"));
            Assert.Equal(Invariant(row.Files), Cell(cells, "files"));
            Assert.Equal(Invariant(row.Commits), Cell(cells, "commits"));
            Assert.Equal(Invariant(row.Developers), Cell(cells, "developers"));
            Assert.Equal(string.Join(", ", row.Authors), WebUtility.HtmlDecode(Cell(cells, "authors")));
            Assert.Equal(row.Status, Cell(cells, "status"));
        }
    }

    [Fact]
    public void Render_Results_RowsRiskiestFirstAndFailuresLast()
    {
        // TFs 12, 1, 2, failed, 3, 1: lowest first, ties by name (demo before one), the failure at the end.
        var html = HarvestReport.Render(ReportSamples.Harvest());

        var order = TableRows().Matches(html)
            .Select(m => Regex.Match(m.Value, "data-repository=\"([^\"]*)\"").Groups[1].Value)
            .ToList();
        Assert.Equal(
            [
                "https://github.com/octo/demo", "https://github.com/octo/one", "https://github.com/octo/two",
                "https://github.com/octo/three", "https://github.com/octo/big", "https://github.com/octo/gone",
            ],
            order.Select(WebUtility.HtmlDecode));
    }

    [Fact]
    public void Render_Results_HistogramCountsByHand()
    {
        // TFs 12, 1, 2, 3, 1: bins from 1 (no zero) to 10+ (12 is over the last bin): 1 → 2, 2 → 1, 3 → 1,
        // 4 to 9 → 0, 10+ → 1.
        var html = HarvestReport.Render(ReportSamples.Harvest());

        var bins = HistogramBins().Matches(html).ToDictionary(m => m.Groups["tf"].Value, m => m.Groups["count"].Value);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["1"] = "2", ["2"] = "1", ["3"] = "1", ["4"] = "0", ["5"] = "0", ["6"] = "0", ["7"] = "0",
                ["8"] = "0", ["9"] = "0", ["10+"] = "1",
            },
            bins);
        Assert.Contains("<b>2 <small>(40.0\u00a0%)</small></b><span>at risk", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FailedRepository_ListedWithItsReasonAsText()
    {
        var html = HarvestReport.Render(ReportSamples.Harvest());

        Assert.Contains("<h2>Failed repositories (1)</h2>", html, StringComparison.Ordinal);
        Assert.Contains("Could not clone: &lt;b&gt;404&lt;/b&gt; &amp; more", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Results_LinksEachAnalysedRepositoryToItsPage()
    {
        var html = HarvestReport.Render(ReportSamples.Harvest());

        var links = Regex.Matches(html, "<a href=\"([^\"]*)\">").Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("repositories/github.com/octo/demo.html", links);
        Assert.Equal(5, links.Count(link => link.StartsWith("repositories/", StringComparison.Ordinal)));
        Assert.DoesNotContain(links, link => link.Contains("gone", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_DiscoveredHarvest_NamesTheQueryAndCountInTheHeader()
    {
        var request = new HarvestDiscovery(
            DiscoveryKind.Search, "language:java <b>x</b>", 500, DiscoverySort.Stars, false, false);
        var results = ReportSamples.Harvest() with
        {
            Discovery = new DiscoverySummary(request, 1234, "harvests/h/repositories.txt", "harvests/h/discovery.json"),
        };

        var html = HarvestReport.Render(results);

        Assert.Contains(
            "<span>1,234 discovered on GitHub (search <code>language:java &lt;b&gt;x&lt;/b&gt;</code>, up to "
            + "500)</span>",
            html,
            StringComparison.Ordinal);
        var plain = HarvestReport.Render(ReportSamples.Harvest());
        Assert.DoesNotContain("discovered on GitHub", plain, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HtmlInNamesAndErrors_NoElementFromTheData()
    {
        var html = HarvestReport.Render(ReportSamples.Harvest());

        Assert.Single(Regex.Matches(html, "<script", RegexOptions.IgnoreCase));
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>404", html, StringComparison.Ordinal);
        Assert.Empty(RepositoryReportTests.ExternalAddresses(html));
        RepositoryReportTests.AssertSelfContained(html);
    }

    private static string Cell(string row, string field) =>
        Regex.Match(row, $"data-field=\"{field}\" data-sort=\"([^\"]*)\"").Groups[1].Value;

    private static string Invariant(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    [GeneratedRegex("<tr data-repository=[^>]*>(.*?)</tr>")]
    private static partial Regex TableRows();

    [GeneratedRegex("<g data-tf=\"(?<tf>[^\"]+)\" data-count=\"(?<count>\\d+)\">")]
    private static partial Regex HistogramBins();
}
