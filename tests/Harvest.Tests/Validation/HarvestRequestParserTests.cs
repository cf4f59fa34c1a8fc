using TruckFactor.Harvest.Options;
using TruckFactor.Harvest.Validation;

namespace TruckFactor.Harvest.Tests.Validation;

// Expected values are written by hand from the request rules (limits from HarvestOptions' defaults unless a test
// sets them) and from counting characters of the JSON bodies.
public sealed class HarvestRequestParserTests
{
    private const string Repo = "https://github.com/owner/repo";

    [Fact]
    public void Parse_ValidRequest_GivesThePlan()
    {
        var body = $$"""
            {"repositories": ["{{Repo}}", "https://github.com/other/tool.git"], "profile": "Reference", "batchSize": 3}
            """;

        var parse = Parse(body);

        Assert.True(parse.IsValid);
        Assert.Empty(parse.Errors);
        Assert.NotNull(parse.Plan);
        Assert.Equal([Repo, "https://github.com/other/tool"], parse.Plan.Repositories);
        Assert.Equal("reference", parse.Plan.Profile);
        Assert.Equal(3, parse.Plan.BatchSize);
        Assert.Empty(parse.Plan.Duplicates);
    }

    [Fact]
    public void Parse_OptionalPropertiesAbsent_UsesTheDefaults()
    {
        var parse = Parse($$"""{"repositories": ["{{Repo}}"]}""", new HarvestOptions { DefaultBatchSize = 5 });

        Assert.Equal("default", parse.Plan?.Profile);
        Assert.Equal(5, parse.Plan?.BatchSize);
    }

    [Fact]
    public void Parse_OptionalPropertiesNull_UsesTheDefaults()
    {
        var parse = Parse($$"""{"repositories": ["{{Repo}}"], "profile": null, "batchSize": null}""");

        Assert.Equal("default", parse.Plan?.Profile);
        Assert.Equal(8, parse.Plan?.BatchSize);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n ")]
    [InlineData(null)]
    public void Parse_EmptyBody_IsRefused(string? body)
    {
        var parse = Parse(body!);

        Assert.False(parse.IsValid);
        Assert.Null(parse.Plan);
        Assert.StartsWith("The request body is empty;", Assert.Single(parse.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MalformedJson_GivesLineAndPosition()
    {
        // The ']' after the trailing comma is the 24th character of the second line.
        var parse = Parse("{\n  \"repositories\": [\"x\",]\n}");

        var error = Assert.Single(parse.Errors);
        Assert.StartsWith(
            "The request body is not valid JSON at line 2, position 24: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[\"https://github.com/owner/repo\"]", "array")]
    [InlineData("\"https://github.com/owner/repo\"", "string")]
    [InlineData("42", "number")]
    [InlineData("null", "null")]
    public void Parse_BodyNotAnObject_IsRefused(string body, string kind)
    {
        var parse = Parse(body);

        Assert.StartsWith($"The request body is a JSON {kind}, not an object;", Assert.Single(parse.Errors),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RepositoriesMissing_IsRefused()
    {
        var parse = Parse("""{"profile": "default"}""");

        Assert.StartsWith(
            "The request has no 'repositories' property and no 'discover' block;",
            Assert.Single(parse.Errors),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RepositoriesEmpty_IsRefused()
    {
        var parse = Parse("""{"repositories": []}""");

        Assert.Equal(
            "The 'repositories' list is empty; name at least one repository.",
            Assert.Single(parse.Errors));
    }

    [Theory]
    [InlineData("\"https://github.com/owner/repo\"", "string")]
    [InlineData("{\"url\": \"https://github.com/owner/repo\"}", "object")]
    public void Parse_RepositoriesNotAnArray_IsRefused(string value, string kind)
    {
        var parse = Parse($$"""{"repositories": {{value}}}""");

        Assert.StartsWith($"'repositories' is a JSON {kind}, not an array of strings;", Assert.Single(parse.Errors),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TooManyRepositories_SaysTheLimitAndToSplit()
    {
        var body = $$"""{"repositories": ["{{Repo}}1", "{{Repo}}2", "{{Repo}}3", "{{Repo}}4"]}""";

        var parse = Parse(body, new HarvestOptions { MaxRepositories = 3 });

        Assert.Equal(
            "The request names 4 repositories, more than the limit of 3; split the list into requests of at most 3.",
            Assert.Single(parse.Errors));
    }

    [Fact]
    public void Parse_NonStringElements_NameTheirIndex()
    {
        var parse = Parse($$"""{"repositories": ["{{Repo}}", 42, null, ["x"]]}""");

        Assert.Equal(
            [
                "repositories[1]: this entry is a JSON number, not a string; give each repository as a quoted URL.",
                "repositories[2]: this entry is a JSON null, not a string; give each repository as a quoted URL.",
                "repositories[3]: this entry is a JSON array, not a string; give each repository as a quoted URL.",
            ],
            parse.Errors);
    }

    [Fact]
    public void Parse_RefusedEntry_NamesIndexAndEntry()
    {
        var parse = Parse($$"""{"repositories": ["{{Repo}}", "https://gitlab.com/owner/repo"]}""");

        var error = Assert.Single(parse.Errors);
        Assert.StartsWith("repositories[1]: 'https://gitlab.com/owner/repo' names the host 'gitlab.com'", error,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"fast\"", "\"fast\"")]
    [InlineData("1", "1")]
    public void Parse_UnknownProfile_ListsTheValidOnes(string value, string shown)
    {
        var parse = Parse($$"""{"repositories": ["{{Repo}}"], "profile": {{value}}}""");

        Assert.Equal(
            $"The profile {shown} is unknown; use one of default, reference, or leave it out for the default.",
            Assert.Single(parse.Errors));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("101")]
    [InlineData("2.5")]
    [InlineData("\"8\"")]
    [InlineData("true")]
    [InlineData("99999999999")]
    public void Parse_BatchSizeNotAWholeNumberInRange_IsRefused(string value)
    {
        var parse = Parse($$"""{"repositories": ["{{Repo}}"], "batchSize": {{value}}}""");

        Assert.Equal(
            $"'batchSize' is {value}; give a whole number from 1 to 100, or leave it out for 8.",
            Assert.Single(parse.Errors));
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("100", 100)]
    public void Parse_BatchSizeAtTheBounds_IsAccepted(string value, int expected)
    {
        var parse = Parse($$"""{"repositories": ["{{Repo}}"], "batchSize": {{value}}}""");

        Assert.Equal(expected, parse.Plan?.BatchSize);
    }

    [Fact]
    public void Parse_UnknownProperties_AreNamed()
    {
        var parse = Parse($$"""{"repositories": ["{{Repo}}"], "bachSize": 4, "discovery": true}""");

        Assert.Equal(
            "The request has unknown properties: 'bachSize', 'discovery'; the accepted ones are repositories, "
            + "discover, profile, analysis, batchSize, so remove them or correct their spelling.",
            Assert.Single(parse.Errors));
    }

    [Fact]
    public void Parse_PropertyNamesInAnotherCase_AreAccepted()
    {
        var parse = Parse($$"""{"Repositories": ["{{Repo}}"], "BatchSize": 2}""");

        Assert.Equal(2, parse.Plan?.BatchSize);
    }

    [Fact]
    public void Parse_PropertyGivenTwice_IsRefused()
    {
        var parse = Parse($$"""{"repositories": ["{{Repo}}"], "Repositories": ["{{Repo}}"]}""");

        Assert.Equal("The request gives 'repositories' more than once; give it once.", Assert.Single(parse.Errors));
    }

    [Fact]
    public void Parse_Duplicates_AreLeftOutAndListedAsWritten()
    {
        var body = """
            {"repositories": [
              "https://github.com/Owner/Repo",
              "https://github.com/owner/repo.git",
              "https://github.com/other/tool",
              "git@github.com:OWNER/REPO",
              "HTTPS://GITHUB.COM/OWNER/REPO/"
            ]}
            """;
        var policy = Policy(schemes: ["https", "ssh"]);

        var parse = HarvestRequestParser.Parse(body, new HarvestOptions(), policy);

        Assert.True(parse.IsValid);
        Assert.Equal(["https://github.com/Owner/Repo", "https://github.com/other/tool"], parse.Plan!.Repositories);
        Assert.Equal(
            ["https://github.com/owner/repo.git", "git@github.com:OWNER/REPO", "HTTPS://GITHUB.COM/OWNER/REPO/"],
            parse.Plan.Duplicates);
    }

    [Fact]
    public void Parse_ManyRefusedEntries_ListsTwentyAndCountsTheRest()
    {
        var entries = Enumerable.Range(0, 25).Select(i => $"\"https://gitlab.com/owner/repo{i}\"");
        var body = $$"""{"repositories": [{{string.Join(", ", entries)}}]}""";

        var parse = Parse(body);

        Assert.Equal(21, parse.Errors.Count);
        Assert.StartsWith("repositories[19]: ", parse.Errors[19], StringComparison.Ordinal);
        Assert.StartsWith(
            "… and 5 more repository entries were refused;", parse.Errors[20], StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsThemAll()
    {
        var parse = Parse("""{"repositories": ["ftp://github.com/o/r"], "profile": "x", "batchSize": 0, "y": 1}""");

        Assert.Equal(4, parse.Errors.Count);
        Assert.Null(parse.Plan);
    }

    [Fact]
    public void Parse_NullOptionsOrPolicy_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => HarvestRequestParser.Parse("{}", null!, Policy()));
        Assert.Throws<ArgumentNullException>(() => HarvestRequestParser.Parse("{}", new HarvestOptions(), null!));
    }

    private static HarvestRequestParse Parse(string body, HarvestOptions? options = null) =>
        HarvestRequestParser.Parse(body, options ?? new HarvestOptions(), Policy());

    private static RepositoryUrlPolicy Policy(string[]? schemes = null)
    {
        var options = new RepositoryAccessOptions();
        foreach (var scheme in schemes ?? [])
        {
            options.AllowedSchemes.Add(scheme);
        }

        return new RepositoryUrlPolicy(options);
    }
}
