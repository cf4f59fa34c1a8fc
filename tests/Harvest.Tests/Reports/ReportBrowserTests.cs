using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using TruckFactor.Analysis.Tests.Support;
using TruckFactor.Harvest.Reports;
using TruckFactor.Harvest.Storage;
using TruckFactor.Harvest.Tests.Support;
using Xunit.Abstractions;

namespace TruckFactor.Harvest.Tests.Reports;

/// <summary>
/// A small harvest through the local host, saved with <c>truckfactor harvest --format html</c>, opened in
/// headless Chromium. The independent route for every number is the harvest's results.json and each
/// repository's result JSON; the pages must show the same values, run without any console error, fetch
/// nothing but themselves, and show hostile file and author names as text. Screenshots are kept under
/// artifacts/report-screenshots/ for people to look at.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class ReportBrowserTests : IDisposable
{
    private const int ViewportWidth = 1280;
    private const int ViewportHeight = 900;
    private const string TrickyAuthor = "Zoë \"Q\" O'Hara & Co";

    private readonly AzuriteFixture _azurite;
    private readonly ITestOutputHelper _output;
    private readonly GitFixture _alice = SampleRepositories.AliceMostly();
    private readonly GitFixture _bob = SampleRepositories.BobAndDave();
    private readonly GitFixture _tricky = TrickyNames();
    private readonly string _scratch = Directory.CreateTempSubdirectory("tf-report-").FullName;

    public ReportBrowserTests(AzuriteFixture azurite, ITestOutputHelper output)
    {
        _azurite = azurite;
        _output = output;
    }

    [Fact]
    public async Task HarvestPage_OpenedInChromium_ShowsResultsJsonAndSortsWithoutErrors()
    {
        var harvest = await HarvestWithCliAsync();
        await using var chromium = await HeadlessChromium.StartAsync();

        var pageUrl = new Uri(harvest.Page).AbsoluteUri;
        var page = await chromium.OpenAsync(pageUrl, ViewportWidth, ViewportHeight);

        var rows = await page.EvaluateAsync("""
            [...document.querySelectorAll('#repositories tbody tr')].map(r => ({
              repository: r.dataset.repository,
              tf: r.querySelector('[data-field=truckFactor]').dataset.sort,
              files: r.querySelector('[data-field=files]').dataset.sort,
              commits: r.querySelector('[data-field=commits]').dataset.sort,
              status: r.querySelector('[data-field=status]').dataset.sort,
              link: r.querySelector('a') ? r.querySelector('a').getAttribute('href') : null }))
            """);
        var expected = harvest.Rows;
        Assert.Equal(expected.Count, rows.GetArrayLength());
        foreach (var row in expected)
        {
            var shown = rows.EnumerateArray()
                .Single(r => r.GetProperty("repository").GetString() == Text(row, "repository"));
            Assert.Equal(Text(row, "truckFactor"), shown.GetProperty("tf").GetString());
            Assert.Equal(Text(row, "files"), shown.GetProperty("files").GetString());
            Assert.Equal(Text(row, "commits"), shown.GetProperty("commits").GetString());
            Assert.Equal(Text(row, "status"), shown.GetProperty("status").GetString());
        }

        var histogramTotal = await page.EvaluateAsync(
            "[...document.querySelectorAll('svg.histogram g[data-tf]')].reduce((n, g) => n + +g.dataset.count, 0)");
        Assert.Equal(3, histogramTotal.GetInt32());
        var failure = await page.EvaluateAsync("document.querySelector('#failed li').textContent");
        var failedRow = expected.Single(row => Text(row, "status") == "failed");
        Assert.Contains(Text(failedRow, "error"), failure.GetString(), StringComparison.Ordinal);

        await ScreenshotsAsync(page, "harvest");
        var ascending = await SortedFilesAsync(page);
        var descending = await SortedFilesAsync(page);
        var files = expected.Select(row => Text(row, "files")).Where(f => f.Length > 0);
        Assert.Equal([.. files.Order(Numeric), string.Empty], ascending);
        Assert.Equal([.. ascending.Take(3).Reverse(), string.Empty], descending);
        Assert.Empty(page.Problems());
        Assert.All(page.RequestedUrls(), url => Assert.Equal(pageUrl, url));
        await AssertApiServesTheSamePagesAsync(harvest);
    }

    [Fact]
    public async Task RepositoryPage_OpenedFromHarvestPage_ShowsResultJsonAndNamesAsText()
    {
        var harvest = await HarvestWithCliAsync();
        var row = harvest.Rows.Single(r => Text(r, "repository") == _tricky.RepositoryPath);
        var resultBlob = Text(row, "resultBlob");
        var download = await harvest.Hub.Blobs.GetBlobClient(resultBlob).DownloadContentAsync();
        var json = download.Value.Content.ToString();
        using var resultDocument = JsonDocument.Parse(json);
        var result = resultDocument.RootElement;
        await using var chromium = await HeadlessChromium.StartAsync();
        var harvestUrl = new Uri(harvest.Page);
        var key = BlobNames.RepositoryKeyOfResult(harvest.Id, resultBlob)!;
        var pageUrl = new Uri(harvestUrl, ReportLayout.RepositoryPage(key)).AbsoluteUri;

        var page = await chromium.OpenAsync(pageUrl, ViewportWidth, ViewportHeight);

        var shown = await page.EvaluateAsync("""
            ({ tf: document.querySelector('#headline [data-field=truckFactor]').dataset.value,
               files: document.querySelector('#headline [data-field=files]').dataset.value,
               back: document.querySelector('.crumb a').href,
               scripts: document.scripts.length,
               authors: [...document.querySelectorAll('g.author')].map(g =>
                 [g.dataset.name, +g.dataset.files, +g.dataset.share]),
               boxes: [...document.querySelectorAll('svg.treemap rect[data-path]')].map(r =>
                 [r.dataset.path, +r.dataset.tf, +r.dataset.files]),
               orphans: [...document.querySelectorAll('#orphans li')].map(li => li.textContent) })
            """);
        Assert.Equal(Text(result, "truckFactor"), shown.GetProperty("tf").GetString());
        Assert.Equal(Text(result, "files"), shown.GetProperty("files").GetString());
        Assert.Equal(harvestUrl.AbsoluteUri, shown.GetProperty("back").GetString());
        Assert.Equal(1, shown.GetProperty("scripts").GetInt32());
        Assert.Equal(Tuples(result, "authors", "name", "files", "share"), Tuples(shown.GetProperty("authors")));
        Assert.Equal(
            Tuples(result, "directories", "path", "truckFactor", "files").Order(StringComparer.Ordinal),
            Tuples(shown.GetProperty("boxes")).Order(StringComparer.Ordinal));

        // By hand: Zoë alone wrote all three files, so she is the truck factor (3 files, share 1) and every file
        // is orphaned, the one named like a script tag included, shown as text.
        Assert.Equal([$"{TrickyAuthor}|3|1"], Tuples(shown.GetProperty("authors")));
        Assert.Equal(
            ["<script>alert(1)</script>.js", "lib/util.rb", "src/a & b.c"],
            shown.GetProperty("orphans").EnumerateArray().Select(o => o.GetString()));
        await ScreenshotsAsync(page, "repository");
        Assert.Empty(page.Problems());
        Assert.All(page.RequestedUrls(), url => Assert.Equal(pageUrl, url));
    }

    public void Dispose()
    {
        _alice.Dispose();
        _bob.Dispose();
        _tricky.Dispose();
        Directory.Delete(_scratch, recursive: true);
    }

    private static GitFixture TrickyNames()
    {
        // The script-like name holds a slash, so git stores a folder "<script>alert(1)<" with "script>.js" in it.
        var git = new GitFixture();
        git.WriteFile("<script>alert(1)</script>.js", Content.Lines("s", 10))
            .WriteFile("src/a & b.c", Content.Lines("a", 10))
            .WriteFile("lib/util.rb", Content.Lines("r", 10));
        git.Commit(new Person(TrickyAuthor, "zoe@example.com"));
        return git;
    }

    private async Task<HarvestedReport> HarvestWithCliAsync()
    {
        var hub = new TestHub(_azurite.ConnectionString, Path.Combine(_scratch, "cache"));
        var host = await hub.StartHostAsync();
        await using (host)
        {
            var list = Path.Combine(_scratch, "list.txt");
            var missing = Path.Combine(_scratch, "missing");
            await File.WriteAllLinesAsync(
                list, [_alice.RepositoryPath, _bob.RepositoryPath, _tricky.RepositoryPath, missing]);
            var folder = Path.Combine(_scratch, "report-" + Guid.NewGuid().ToString("N")[..8]);

            var run = CliRunner.Run(
                Path.Combine(_scratch, "home"), "harvest", list, "--server", host.ApiAddress!, "--api-key",
                TestHub.ApiKey, "--format", "html", "--output", folder);

            Assert.True(run.ExitCode == 0, run.Error);
            var page = Path.Combine(folder, "report.html");
            Assert.Contains($"Wrote {page} and 3 repository pages", run.Error, StringComparison.Ordinal);
            var id = HarvestIdLine().Match(run.Error).Groups[1].Value;
            using var client = TestHub.Client(host);
            var results = await client.GetFromJsonAsync<JsonElement>($"api/harvests/{id}/results");
            var rows = results.GetProperty("repositories").EnumerateArray().ToList();
            var served = new Dictionary<string, string>
            {
                [page] = await client.GetStringAsync($"api/harvests/{id}/report"),
            };
            foreach (var row in rows.Where(row => Text(row, "status") == "succeeded"))
            {
                var key = BlobNames.RepositoryKeyOfResult(id, Text(row, "resultBlob"))!;
                var file = Path.Combine(folder, "repositories", key + ".html");
                served[file] = await client.GetStringAsync($"api/harvests/{id}/repositories/{key}/report");
            }

            return new HarvestedReport(hub, id, page, rows, served);
        }
    }

    private static async Task AssertApiServesTheSamePagesAsync(HarvestedReport harvest)
    {
        foreach (var (file, served) in harvest.ServedPages)
        {
            Assert.Equal(await File.ReadAllTextAsync(file), served);
        }
    }

    private static async Task<List<string>> SortedFilesAsync(BrowserPage page)
    {
        var files = await page.EvaluateAsync("""
            document.querySelector('#repositories thead th:nth-child(3) button').click();
            [...document.querySelectorAll('#repositories tbody [data-field=files]')].map(td => td.dataset.sort)
            """);
        return [.. files.EnumerateArray().Select(f => f.GetString()!)];
    }

    private async Task ScreenshotsAsync(BrowserPage page, string name)
    {
        var folder = Path.Combine(RepositoryRoot(), "artifacts", "report-screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(Path.Combine(folder, name + ".png"));
        await page.ScreenshotAsync(Path.Combine(folder, name + "-full.png"), fullPage: true);
        _output.WriteLine($"Screenshots of the {name} page: {folder}");
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "TruckFactor.Functions.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException(
            "The test runs outside the repository: there is no TruckFactor.Functions.sln above it.");
    }

    private static string Text(JsonElement row, string name) => Cell(row.GetProperty(name));

    private static string Cell(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => string.Empty,
        JsonValueKind.String => value.GetString()!,
        _ => value.GetDouble().ToString("R", Invariant),
    };

    /// <summary>Each object of an array property as "a|b|c" of the named members.</summary>
    private static List<string> Tuples(JsonElement owner, string array, params string[] members) =>
    [
        .. owner.GetProperty(array).EnumerateArray()
            .Select(item => string.Join('|', members.Select(member => Cell(item.GetProperty(member))))),
    ];

    /// <summary>Each array of an array (as the page's scripts return them) as "a|b|c".</summary>
    private static List<string> Tuples(JsonElement arrays) =>
        [.. arrays.EnumerateArray().Select(item => string.Join('|', item.EnumerateArray().Select(Cell)))];

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly IComparer<string> Numeric =
        Comparer<string>.Create((x, y) => long.Parse(x, Invariant).CompareTo(long.Parse(y, Invariant)));

    [GeneratedRegex("Harvest (h[0-9A-Za-z-]+):")]
    private static partial Regex HarvestIdLine();

    private sealed record HarvestedReport(
        TestHub Hub,
        string Id,
        string Page,
        IReadOnlyList<JsonElement> Rows,
        IReadOnlyDictionary<string, string> ServedPages);
}
