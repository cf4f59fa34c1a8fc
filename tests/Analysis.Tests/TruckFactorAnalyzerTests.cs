using TruckFactor.Analysis.Errors;
using TruckFactor.Analysis.Tests.Support;
using static TruckFactor.Analysis.Tests.Support.Change;
using static TruckFactor.Analysis.Tests.Support.Person;

namespace TruckFactor.Analysis.Tests;

public sealed class TruckFactorAnalyzerTests
{
    private static readonly Person Dependabot =
        new("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com");

    [Fact]
    public void Analyze_NoFileOfTheCommitHasARecord_ThrowsNoAnalyzableFiles()
    {
        // ALGORITHM.md: |F| = 0 must be an explicit error, not "TF = 0". x.c is in the tree, but only y.c
        // (since deleted) has records.
        var log = new CommitLogBuilder()
            .Commit(Alice, Add("y.c"))
            .Commit(Alice, Delete("y.c"))
            .Build(files: ["x.c"]);

        var error = Assert.Throws<NoAnalyzableFilesException>(() => Analyses.Run(log));

        Assert.Contains("hand-built", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_EmptyFileSet_ThrowsNoAnalyzableFiles()
    {
        // A commit whose tree is empty has no file to analyse.
        var log = new CommitLogBuilder().Commit(Alice).Build(files: []);

        Assert.Throws<NoAnalyzableFilesException>(() => Analyses.Run(log));
    }

    [Fact]
    public void Analyze_OnlyMergeCommitsTouchTheFile_ThrowsNoAnalyzableFiles()
    {
        // Merges carry no records (ALGORITHM.md), so a file that only a merge brought in has none.
        var log = new CommitLogBuilder().Commit(Alice).Merge(Bob).Build(files: ["m.c"]);

        Assert.Throws<NoAnalyzableFilesException>(() => Analyses.Run(log));
    }

    [Fact]
    public void Analyze_OnlyBotCommits_DefaultThrowsReferenceAnalyses()
    {
        // Default excludes bots, leaving no record by anybody; the reference counts the bot: TF = 1.
        var log = new CommitLogBuilder().Commit(Dependabot, Add("f.c")).Build();

        Assert.Throws<NoAnalyzableFilesException>(() => Analyses.Run(log, AnalysisProfile.Default));
        Assert.Equal([Dependabot.Name], Analyses.Run(log, AnalysisProfile.Reference).AuthorNames());
    }

    [Fact]
    public void Analyze_TwoDevelopers_ResultFieldsAsComputedByHand()
    {
        // Alice adds a.c and b.c, Bob adds c.c (sole adders, DOA 4.391 each). Alice authors 2 of 3 files and
        // goes first: coverage 1/3 < 0.5, TF = 1, share 2/3, orphans a.c and b.c; c.c keeps Bob.
        var log = new CommitLogBuilder()
            .Commit(Alice, Add("a.c"), Add("b.c"))
            .Commit(Bob, Add("c.c"))
            .Build();

        var result = Analyses.Run(log);

        Assert.Equal(1, result.TruckFactor);
        Assert.Equal(3, result.Files);
        var author = Assert.Single(result.Authors);
        Assert.Equal(("Alice", "alice@example.com", 2), (author.Name, author.Email, author.Files));
        Assert.Equal(2.0 / 3, author.Share, 9);
        Assert.Equal(1.0 / 3, result.CoverageAfter, 9);
        Assert.Equal(["a.c", "b.c"], result.OrphanedFiles);
        Assert.Equal("default", result.Profile);
        Assert.Equal(log.Head, result.Commit);
        Assert.Equal(2, result.Stats.Developers);
    }

    [Theory]
    [InlineData(AnalysisProfile.Default)]
    [InlineData(AnalysisProfile.Reference)]
    public void Analyze_SameLogTwice_SameResult(AnalysisProfile profile)
    {
        // ALGORITHM.md flaw 6: the reference's result may change between runs; ours must not.
        var log = new CommitLogBuilder()
            .Commit(Bob, Add("b1.c"), Add("b2.c"))
            .Commit(Alice, Add("a1.c"), Add("a2.c"))
            .Commit(Carol, Add("c1.c"), Add("c2.c"))
            .Build();

        var first = Analyses.Run(log, profile);
        var second = Analyses.Run(log, profile);

        Assert.Equal(["Alice", "Bob"], first.AuthorNames());
        Assert.Equal(first.AuthorNames(), second.AuthorNames());
    }
}
