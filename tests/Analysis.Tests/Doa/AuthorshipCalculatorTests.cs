using TruckFactor.Analysis.Tests.Support;
using static TruckFactor.Analysis.Tests.Support.Change;
using static TruckFactor.Analysis.Tests.Support.Person;

namespace TruckFactor.Analysis.Tests.Doa;

/// <summary>
/// The authorship decision, checked through <see cref="TruckFactorAnalyzer.Analyze"/> on hand-built logs.
/// </summary>
public sealed class AuthorshipCalculatorTests
{
    [Theory]
    [InlineData(AnalysisProfile.Default)]
    [InlineData(AnalysisProfile.Reference)]
    public void Analyze_CreatorWithTwoEditsAgainstThreeEdits_BothAuthorCreatorFirst(AnalysisProfile profile)
    {
        // ALGORITHM.md, worked numbers 1: DOA(Alice) = 4.274, DOA(Bob) = 3.432, DOA_N(Bob) = 0.803 > 0.75 and
        // 3.432 >= 3.293, so both author f, Alice (higher DOA) first.
        var log = new CommitLogBuilder()
            .Commit(Alice, Add("f.c"))
            .Commit(Alice, Modify("f.c"))
            .Commit(Alice, Modify("f.c"))
            .Commit(Bob, Modify("f.c"))
            .Commit(Bob, Modify("f.c"))
            .Commit(Bob, Modify("f.c"))
            .Build();

        var result = Analyses.Run(log, profile);

        Assert.Equal(["Alice", "Bob"], result.AuthorsOf("f.c"));
    }

    [Fact]
    public void Analyze_CreatorAndOneEditByOther_BothAuthor()
    {
        // ALGORITHM.md, worked numbers 2: 4.168 and 3.457, DOA_N(Bob) = 0.829 > 0.75, 3.457 >= 3.293.
        var log = new CommitLogBuilder()
            .Commit(Alice, Add("f.c"))
            .Commit(Bob, Modify("f.c"))
            .Build();

        var result = Analyses.Run(log);

        Assert.Equal(["Alice", "Bob"], result.AuthorsOf("f.c"));
    }

    [Theory]
    [InlineData(3, new[] { "Alice", "Bob" })]
    [InlineData(4, new[] { "Bob", "Alice" })]
    [InlineData(9, new[] { "Bob", "Alice" })]
    [InlineData(10, new[] { "Bob" })]
    public void Analyze_CreatorAgainstKEdits_CreatorLosesAuthorshipAtTen(int k, string[] expected)
    {
        // ALGORITHM.md, worked numbers 3. Alice 4.391 - 0.321 ln(1 + k), Bob 3.293 + 0.164 k:
        // k=3: 3.946 vs 3.785 (Alice first); k=4: 3.874 vs 3.949 (Bob first); k=9: 3.652 / 4.769 = 0.766;
        // k=10: 3.621 / 4.933 = 0.734 <= 0.75, so Alice is no longer an author.
        var builder = new CommitLogBuilder().Commit(Alice, Add("f.c"));
        for (var i = 0; i < k; i++)
        {
            builder.Commit(Bob, Modify("f.c"));
        }

        var result = Analyses.Run(builder.Build());

        Assert.Equal(expected, result.AuthorsOf("f.c"));
    }

    [Fact]
    public void Analyze_NormalisedAboveThresholdButAbsoluteBelowIntercept_NotAuthor()
    {
        // Alice adds, Bob and Carol edit once each. Alice: 4.391 - 0.321 ln 3 = 4.038. Bob: 3.457 - 0.321 ln 2
        // = 3.235; DOA_N = 0.801 > 0.75 but 3.235 < 3.293 and he did not create f, so he is not an author.
        var log = new CommitLogBuilder()
            .Commit(Alice, Add("f.c"))
            .Commit(Bob, Modify("f.c"))
            .Commit(Carol, Modify("f.c"))
            .Build();

        var result = Analyses.Run(log);

        Assert.Equal(["Alice"], result.AuthorsOf("f.c"));
    }

    [Fact]
    public void Analyze_FileEditedByTwoWithoutAddRecord_HasNoAuthor()
    {
        // As for a file added inside a merge: Bob and Carol edit once each, nobody has FA. Each: 3.457 - 0.321
        // ln 2 = 3.235 < 3.293 without FA, so the file is analysed (it has records) but has no author.
        var log = new CommitLogBuilder()
            .Commit(Alice, Add("a.c"))
            .Commit(Bob, Modify("g.c"))
            .Commit(Carol, Modify("g.c"))
            .Build();

        var result = Analyses.Run(log);

        Assert.Equal(2, result.Files);
        Assert.Empty(result.AuthorsOf("g.c"));
    }

    [Theory]
    [InlineData(AnalysisProfile.Default)]
    [InlineData(AnalysisProfile.Reference)]
    public void Analyze_FileDeletedThenAddedAgainByOther_BothAddersHaveFirstAuthorship(AnalysisProfile profile)
    {
        // ALGORITHM.md: FA counts any adder, not only the first. Alice and Bob each have FA=1, DL=0, AC=0:
        // 4.391 each, DOA_N = 1 for both (equal DOA, listed by developer id: Alice appeared first).
        var log = new CommitLogBuilder()
            .Commit(Alice, Add("f.c"))
            .Commit(Alice, Delete("f.c"))
            .Commit(Bob, Add("f.c"))
            .Build();

        var result = Analyses.Run(log, profile);

        Assert.Equal(["Alice", "Bob"], result.AuthorsOf("f.c"));
    }
}
