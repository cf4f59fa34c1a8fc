using TruckFactor.Analysis;
using TruckFactor.Harvest.Models;
using TruckFactor.Harvest.Options;
using TruckFactor.Harvest.Validation;

namespace TruckFactor.Harvest.Tests.Validation;

/// <summary>
/// The analysis block of a harvest request: the same choices as <c>truckfactor analyze</c>'s options, each bad
/// field named in its error. Expected values are written by hand from the request.
/// </summary>
public sealed class AnalysisBlockTests
{
    private const string Repo = "https://github.com/owner/repo";

    [Fact]
    public void Parse_FullBlock_GivesEveryChoice()
    {
        var parse = Parse("""
            {"include": ["vendor/ours/**"], "exclude": ["test/**", "*.pb.go"], "classifier": false,
             "coAuthors": true, "since": "2020-01-01", "halfLifeDays": 180}
            """);

        Assert.True(parse.IsValid, string.Join(" | ", parse.Errors));
        var choices = parse.Plan!.Analysis!;
        Assert.Equal(["vendor/ours/**"], choices.Include);
        Assert.Equal(["test/**", "*.pb.go"], choices.Exclude);
        Assert.False(choices.Classifier);
        Assert.True(choices.CoAuthors);
        Assert.Equal(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), choices.Since);
        Assert.Equal(180, choices.HalfLifeDays);
    }

    [Fact]
    public void Apply_Choices_ChangeTheProfilesOptions()
    {
        var choices = new AnalysisChoices(["a/**"], ["b/**"], Classifier: false, CoAuthors: true, HalfLifeDays: 10);

        var options = choices.Apply(AnalysisOptions.For(AnalysisProfile.Default));

        Assert.False(options.Classifier.Enabled);
        Assert.Equal(["a/**"], options.Classifier.Include);
        Assert.Equal(["b/**"], options.Classifier.Exclude);
        Assert.True(options.Identity.CreditCoAuthors);
        Assert.Equal(TimeSpan.FromDays(10), options.HalfLife);
        Assert.Null(options.Since);
        Assert.True(options.Identity.ExcludeBots);
    }

    [Fact]
    public void Parse_NoBlock_NoChoices()
    {
        var parse = HarvestRequestParser.Parse(
            $$"""{"repositories": ["{{Repo}}"]}""", new HarvestOptions(), new RepositoryUrlPolicy(new()));

        Assert.True(parse.IsValid);
        Assert.Null(parse.Plan!.Analysis);
    }

    [Theory]
    [InlineData("""[]""", "'analysis' is a JSON array")]
    [InlineData("""{"exclud": []}""", "'analysis.exclud' is not a known field")]
    [InlineData("""{"exclude": "test/**"}""", "'analysis.exclude' must be a list")]
    [InlineData("""{"include": ["", "ok/**"]}""", "'analysis.include[0]' is not a pattern")]
    [InlineData("""{"include": [3]}""", "'analysis.include[0]' is not a pattern")]
    [InlineData("""{"coAuthors": "yes"}""", "'analysis.coAuthors' must be true or false")]
    [InlineData("""{"classifier": 1}""", "'analysis.classifier' must be true or false")]
    [InlineData("""{"since": "last week"}""", "'analysis.since' is not a date")]
    [InlineData("""{"halfLifeDays": 0}""", "'analysis.halfLifeDays' must be a positive number of days")]
    [InlineData("""{"halfLifeDays": "30"}""", "'analysis.halfLifeDays' must be a positive number of days")]
    public void Parse_BadBlock_ErrorNamesTheField(string block, string expected)
    {
        var parse = Parse(block);

        Assert.False(parse.IsValid);
        Assert.Contains(parse.Errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    private static HarvestRequestParse Parse(string block) =>
        HarvestRequestParser.Parse(
            $$"""{"repositories": ["{{Repo}}"], "analysis": {{block}}}""",
            new HarvestOptions(),
            new RepositoryUrlPolicy(new()));
}
