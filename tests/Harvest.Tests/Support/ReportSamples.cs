using TruckFactor.Analysis.Identities;
using TruckFactor.Analysis.Results;
using TruckFactor.Harvest.Models;
using TruckFactor.Harvest.Storage;

namespace TruckFactor.Harvest.Tests.Support;

/// <summary>Results written by hand for the report tests, with strings a page must show as text.</summary>
internal static class ReportSamples
{
    public const string HarvestId = "h20261204T120000-0badc0de";

    /// <summary>A path that would run as a script if a page pasted it unescaped.</summary>
    public const string ScriptPath = "<script>alert(1)</script>.js";

    /// <summary>An author name that would load an image (and run its handler) if pasted unescaped.</summary>
    public const string ImageName = "Mallory <img src=x onerror=alert(2)>";

    public const string QuotedName = "Zoë \"Q\" O'Hara & Co";

    /// <summary>
    /// Ten files; Mallory authors 6, Zoë 4 (disjoint). Removing Mallory leaves 4/10 = 0.4, under half: TF 1, orphaned
    /// files are Mallory's six. Directories: lib/ holds Zoë's four; src/ five of Mallory's, src/ui/ three of
    /// them; the slashes inside the two HTML-like names make folders "&lt;script&gt;alert(1)&lt;" and
    /// "src/ui/&lt;b&gt;bold&lt;" of one file each. Each directory has one author, so TF 1.
    /// </summary>
    public static TruckFactorResult Result(string repository = "https://github.com/octo/demo")
    {
        string[] mallorys =
        [
            ScriptPath, "src/a.c", "src/b.c", "src/ui/x.js", "src/ui/y.js", "src/ui/<b>bold</b>.js",
        ];
        string[] zoes = ["lib/p.py", "lib/q.py", "lib/r.py", "lib/s&t.py"];
        var files = mallorys.Select(path => new FileAuthors(path, [ImageName]))
            .Concat(zoes.Select(path => new FileAuthors(path, [QuotedName])))
            .OrderBy(file => file.Path, StringComparer.Ordinal)
            .ToList();
        return new TruckFactorResult(
            repository,
            "0123456789abcdef0123456789abcdef01234567",
            "default",
            1,
            10,
            0.4,
            [new TruckFactorAuthor(ImageName, "m@example.com", 6, 0.6)],
            [.. mallorys.Order(StringComparer.Ordinal)],
            [new CoverageStep("(everyone)", 0, 1.0), new CoverageStep(ImageName, 6, 0.4)],
            files,
            [],
            [new Developer(9, "dependabot[bot]", "bot@example.com", [], true)],
            new AnalysisStatistics(42, 3, 60, 0, 7, 100, 5),
            [
                new DirectoryTruckFactor(string.Empty, 10, 1, [ImageName], ImageName, 6),
                new DirectoryTruckFactor("<script>alert(1)<", 1, 1, [ImageName], ImageName, 1),
                new DirectoryTruckFactor("lib", 4, 1, [QuotedName], QuotedName, 4),
                new DirectoryTruckFactor("src", 5, 1, [ImageName], ImageName, 5),
                new DirectoryTruckFactor("src/ui", 3, 1, [ImageName], ImageName, 3),
                new DirectoryTruckFactor("src/ui/<b>bold<", 1, 1, [ImageName], ImageName, 1),
            ]);
    }

    /// <summary>Five analysed repositories (TF 1, 1, 2, 3, 12) and one failure.</summary>
    public static HarvestResults Harvest()
    {
        RepositoryResultRow Row(string repository, int tf, int files, int commits, params string[] authors) =>
            new(repository, RowStatus.Succeeded, tf, authors, files, commits, commits / 2, new string('a', 40),
                BlobNames.RepositoryResult(HarvestId, repository), null);

        return new HarvestResults(
            HarvestId,
            "default",
            new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 12, 4, 12, 5, 0, TimeSpan.Zero),
            5,
            1,
            [
                Row("https://github.com/octo/big", 12, 5000, 90000, "A", "B"),
                Row("https://github.com/octo/demo", 1, 10, 42, ImageName),
                Row("https://github.com/octo/two", 2, 200, 3000, QuotedName, "Bob"),
                new("https://github.com/octo/gone", RowStatus.Failed, null, [], null, null, null, null, null,
                    "Could not clone: <b>404</b> & more"),
                Row("https://github.com/octo/three", 3, 300, 4000, "C", "D", "E"),
                Row("https://github.com/octo/one", 1, 1234, 56789, "Solo"),
            ]);
    }
}
