using System.Text.Json;
using TruckFactor.Analysis.Errors;
using TruckFactor.Analysis.Results;
using TruckFactor.Analysis.Tests.Support;
using TruckFactor.Harvest.Storage;
using static TruckFactor.Analysis.Tests.Support.Person;

namespace TruckFactor.Analysis.Tests.Classification;

/// <summary>
/// What a reader of the JSON result sees of the file selection and the settings, and the error when nothing is
/// left to analyse. Expected values are the fixture's files sorted by hand into the classifier's categories.
/// </summary>
public sealed class FileSelectionTests
{
    [Fact]
    public void Serialize_MixedRepository_SelectionLeftOutWithCategoriesAndReasons()
    {
        using var fixture = MixedRepository();

        var json = Parse(Analyses.Run(fixture));

        var selection = json.GetProperty("selection");
        Assert.True(selection.GetProperty("classifier").GetBoolean());
        Assert.Equal(4, selection.GetProperty("total").GetInt32());
        Assert.Equal(1, selection.GetProperty("code").GetInt32());
        Assert.Equal(0, selection.GetProperty("withoutHistory").GetInt32());
        var leftOut = selection.GetProperty("leftOut").EnumerateArray()
            .Select(e => (Path(e), e.GetProperty("category").GetString(), e.GetProperty("reason").GetString()))
            .ToList();
        Assert.Equal(
            [
                ("README.md", "documentation", "project file README, LICENSE, CHANGELOG…"),
                ("data.json", "notCode", "JSON is data"),
                ("vendor/lib.go", "vendored", "folder vendor/"),
            ],
            leftOut);
    }

    [Fact]
    public void Serialize_MixedRepository_ByCategoryCountsSumToTotal()
    {
        using var fixture = MixedRepository();

        var selection = Parse(Analyses.Run(fixture)).GetProperty("selection");

        var byCategory = selection.GetProperty("byCategory").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetInt32());
        Assert.Equal(
            new Dictionary<string, int> { ["code"] = 1, ["vendored"] = 1, ["documentation"] = 1, ["notCode"] = 1 },
            byCategory);
        Assert.Equal(selection.GetProperty("total").GetInt32(), byCategory.Values.Sum());
    }

    [Fact]
    public void Serialize_AuthorWithTwoEmails_MergedIdentitiesListsBoth()
    {
        using var fixture = MixedRepository();

        var merged = Parse(Analyses.Run(fixture)).GetProperty("mergedIdentities");

        var developer = Assert.Single(merged.EnumerateArray());
        Assert.Equal("Alice", developer.GetProperty("name").GetString());
        Assert.Equal(
            ["Alice <alice@example.com>", "Alice <alice@work.example>"],
            developer.GetProperty("identities").EnumerateArray().Select(i => i.GetString()).Order().ToList());
    }

    [Fact]
    public void Serialize_DefaultProfile_SettingsRecordEveryChoice()
    {
        using var fixture = MixedRepository();

        var settings = Parse(Analyses.Run(fixture)).GetProperty("settings");

        Assert.True(settings.GetProperty("classifier").GetBoolean());
        Assert.Empty(settings.GetProperty("include").EnumerateArray());
        Assert.Empty(settings.GetProperty("exclude").EnumerateArray());
        Assert.True(settings.GetProperty("excludeBots").GetBoolean());
        Assert.False(settings.GetProperty("coAuthors").GetBoolean());
        Assert.Equal(JsonValueKind.Null, settings.GetProperty("since").ValueKind);
        Assert.Equal(JsonValueKind.Null, settings.GetProperty("halfLifeDays").ValueKind);
        Assert.True(settings.GetProperty("followLineages").GetBoolean());
        Assert.False(settings.GetProperty("pruning").GetBoolean());
    }

    [Fact]
    public void Serialize_ReferenceProfile_ClassifierOffAndEveryFileCode()
    {
        using var fixture = MixedRepository();

        var json = Parse(Analyses.Run(fixture, AnalysisProfile.Reference));

        var selection = json.GetProperty("selection");
        Assert.False(selection.GetProperty("classifier").GetBoolean());
        Assert.Equal(4, selection.GetProperty("code").GetInt32());
        Assert.Empty(selection.GetProperty("leftOut").EnumerateArray());
        Assert.True(json.GetProperty("settings").GetProperty("pruning").GetBoolean());
    }

    [Fact]
    public void Analyze_EveryFileLeftOut_ErrorNamesCountsAndRemedies()
    {
        using var fixture = new GitFixture();
        fixture.WriteFile("README.md", "# Notes\n").WriteFile("vendor/x.go", "package x\n").Commit(Alice);

        var error = Assert.Throws<NoAnalyzableFilesException>(() => Analyses.Run(fixture));

        Assert.Contains("left out all 2 files (1 documentation, 1 vendored)", error.Message);
        Assert.Contains("--include PATTERN", error.Message);
        Assert.Contains("--no-classifier", error.Message);
    }

    [Fact]
    public void Analyze_EveryFileLeftOutThenIncluded_Analysed()
    {
        // The remedy the error names works: including the vendored file gives it a truck factor.
        using var fixture = new GitFixture();
        fixture.WriteFile("README.md", "# Notes\n").WriteFile("vendor/x.go", "package x\n").Commit(Alice);
        var options = AnalysisOptions.For(AnalysisProfile.Default);
        options = options with { Classifier = options.Classifier with { Include = ["vendor/"] } };

        var result = TruckFactorAnalyzer.Analyze(Analyses.Mine(fixture.RepositoryPath), options);

        Assert.Equal(1, result.Files);
        Assert.Equal(["Alice"], result.AuthorsOf("vendor/x.go"));
        Assert.Equal(["vendor/"], result.Settings!.Include);
    }

    [Fact]
    public void Deserialize_SerializedResult_SelectionAndSettingsRoundTrip()
    {
        using var fixture = MixedRepository();
        var result = Analyses.Run(fixture);

        var json = ResultJson.Serialize(result);

        var read = ResultJson.Deserialize(json)!;

        Assert.Equal(result.Selection!.LeftOut, read.Selection!.LeftOut);
        Assert.Equal(json, ResultJson.Serialize(read));
    }

    [Fact]
    public async Task Classify_StoredCommitLog_SameDecisionsAsMinedOne()
    {
        // analyze --log keeps the mined history; classifying it again without the repository must give the same
        // answer, so the content facts and .gitattributes files have to survive the round trip.
        using var fixture = MixedRepository();
        fixture
            .WriteFile(".gitattributes", "gen/** linguist-generated\n")
            .WriteFile("gen/api.go", "package gen\n")
            .WriteFile("bin/tool", "#!/usr/bin/env python3\nprint(1)\n")
            .WriteFile("web/bundle.js", new string('x', 500) + "\n")
            .WriteFile("logo.png", [0x89, 0x50, 0x4E, 0x47, 0, 0])
            .Commit(Bob);
        var log = Analyses.Mine(fixture.RepositoryPath);
        using var stream = new MemoryStream();
        await CommitLogSerializer.WriteAsync(log, stream, CancellationToken.None);
        stream.Position = 0;

        var stored = await CommitLogSerializer.ReadAsync(stream, CancellationToken.None);

        var expected = Classifications.Of(log).Values.OrderBy(d => d.Path, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, Classifications.Of(stored).Values.OrderBy(d => d.Path, StringComparer.Ordinal));
        Assert.Equal(6, expected.Select(d => d.Category).Distinct().Count());
    }

    private static GitFixture MixedRepository()
    {
        var fixture = new GitFixture();
        fixture
            .WriteFile("src/main.go", "package main\n")
            .WriteFile("vendor/lib.go", "package lib\n")
            .WriteFile("README.md", "# Tool\n")
            .WriteFile("data.json", "{}\n")
            .Commit(Alice);
        fixture.WriteFile("src/main.go", "package main\n\nfunc main() {}\n");
        fixture.Commit(Alice with { Email = "alice@work.example" });
        return fixture;
    }

    private static JsonElement Parse(TruckFactorResult result)
    {
        using var document = JsonDocument.Parse(ResultJson.Serialize(result));
        return document.RootElement.Clone();
    }

    private static string? Path(JsonElement element) => element.GetProperty("path").GetString();
}
