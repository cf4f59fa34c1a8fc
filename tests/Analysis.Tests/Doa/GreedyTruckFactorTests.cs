using System.Globalization;
using TruckFactor.Analysis.Mining;
using TruckFactor.Analysis.Tests.Support;
using static TruckFactor.Analysis.Tests.Support.Change;
using static TruckFactor.Analysis.Tests.Support.Person;

namespace TruckFactor.Analysis.Tests.Doa;

/// <summary>The greedy removal, checked through <see cref="TruckFactorAnalyzer.Analyze"/> on hand-built logs.</summary>
public sealed class GreedyTruckFactorTests
{
    [Fact]
    public void Analyze_InitialCoverageBelowHalf_TruckFactorZero()
    {
        // Alice authors f.c alone. g1.c and g2.c are edited once by Bob and once by Carol, never added: each
        // has DOA 3.457 - 0.321 ln 2 = 3.235 < 3.293 without FA, so neither file has an author. Initial
        // coverage 1/3 < 0.5: TF = 0, nobody removed, the two unauthored files are the orphans.
        var log = new CommitLogBuilder()
            .Commit(Alice, Add("f.c"))
            .Commit(Bob, Modify("g1.c"), Modify("g2.c"))
            .Commit(Carol, Modify("g1.c"), Modify("g2.c"))
            .Build();

        var result = Analyses.Run(log);

        Assert.Equal(0, result.TruckFactor);
        Assert.Empty(result.Authors);
        Assert.Equal(1.0 / 3, result.CoverageAfter, 9);
        Assert.Equal(["g1.c", "g2.c"], result.OrphanedFiles);
    }

    [Fact]
    public void Analyze_CoverageExactlyHalfAfterFirstRemoval_RemovalContinues()
    {
        // Alice authors f1, f2 and Bob f3, f4 (each sole adder). Removing the first leaves 2/4 = 0.5, which is
        // not below 0.5, so the loop goes on; removing the second leaves 0: TF = 2 (it would be 1 with <=).
        var log = new CommitLogBuilder()
            .Commit(Alice, Add("f1.c"), Add("f2.c"))
            .Commit(Bob, Add("f3.c"), Add("f4.c"))
            .Build();

        var result = Analyses.Run(log);

        Assert.Equal(2, result.TruckFactor);
        Assert.Equal(0.0, result.CoverageAfter);
        Assert.Equal([1.0, 0.5, 0.0], result.Coverage.Select(s => s.Coverage));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Analyze_EqualFileCounts_MoreChangesRemovedFirst(bool aliceFirst)
    {
        // Alice authors a.c (1 change: FA); Bob authors b.c (2 changes: FA + one edit). g.c has no author (two
        // single edits, see above). Initial coverage 2/3; both author one file, Bob has more changes, so Bob
        // goes first and leaves 1/3 < 0.5: TF = {Bob}, whoever appears first in the history.
        var result = Analyses.Run(TieLog(aliceFirst, bobEditsAgain: true));

        Assert.Equal(["Bob"], result.AuthorNames());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Analyze_EqualFileCountsAndChanges_NameBreaksTie(bool aliceFirst)
    {
        // Same as above, but Bob does not edit again: one file and one change each, so the name decides and
        // Alice goes first: TF = {Alice}, whoever appears first in the history.
        var result = Analyses.Run(TieLog(aliceFirst, bobEditsAgain: false));

        Assert.Equal(["Alice"], result.AuthorNames());
    }

    [Fact]
    public void Analyze_ReferenceProfile_PrunesDeveloperBelowTenPercentOfTop()
    {
        // Alice authors 11 files; 11 others author one file each. Removing Alice leaves 11/22 = 0.5 (go on);
        // removing Bea (first by name among equals) leaves 10/22 < 0.5: the loop gives {Alice, Bea}. Bea has
        // 1 file < 10 % of 11 = 1.1, so the reference's pruning drops her: TF = 1.
        var log = PruningLog(topFiles: 11, minorFiles: 1, minorDevelopers: 11);

        var result = Analyses.Run(log, AnalysisProfile.Reference);

        Assert.Equal(["Alice"], result.AuthorNames());
        Assert.Equal(1, result.TruckFactor);
    }

    [Fact]
    public void Analyze_DefaultProfile_KeepsDeveloperBelowTenPercentOfTop()
    {
        // The same log as above without pruning (the ICPC 2016 algorithm): TF = {Alice, Bea} = 2.
        var log = PruningLog(topFiles: 11, minorFiles: 1, minorDevelopers: 11);

        var result = Analyses.Run(log, AnalysisProfile.Default);

        Assert.Equal(["Alice", "Bea"], result.AuthorNames());
        Assert.Equal(10.0 / 22, result.CoverageAfter, 9);
    }

    [Fact]
    public void Analyze_ReferenceProfile_KeepsDeveloperWithExactlyTenPercentOfTop()
    {
        // Alice authors 30 files; 10 others author 3 each. Removing Alice leaves 30/60 = 0.5 (go on); removing
        // Bea leaves 27/60 < 0.5: {Alice, Bea}. Bea's 3 files are not below 10 % of 30 = 3, so pruning, which
        // drops only counts "< 10 %" (ALGORITHM.md), keeps her: TF = 2.
        var log = PruningLog(topFiles: 30, minorFiles: 3, minorDevelopers: 10);

        var result = Analyses.Run(log, AnalysisProfile.Reference);

        Assert.Equal(["Alice", "Bea"], result.AuthorNames());
    }

    private static CommitLog TieLog(bool aliceFirst, bool bobEditsAgain)
    {
        var builder = new CommitLogBuilder();
        if (aliceFirst)
        {
            builder.Commit(Alice, Add("a.c"));
        }

        builder.Commit(Bob, Add("b.c"));
        if (bobEditsAgain)
        {
            builder.Commit(Bob, Modify("b.c"));
        }

        if (!aliceFirst)
        {
            builder.Commit(Alice, Add("a.c"));
        }

        return builder.Commit(Carol, Modify("g.c")).Commit(Dave, Modify("g.c")).Build();
    }

    private static CommitLog PruningLog(int topFiles, int minorFiles, int minorDevelopers)
    {
        var builder = new CommitLogBuilder();
        builder.Commit(Alice, [.. Enumerable.Range(1, topFiles).Select(i => Add($"top/{i:D2}.c"))]);
        for (var d = 0; d < minorDevelopers; d++)
        {
            // Bea sorts before every DevNN, so she is the first of the equally placed minor developers.
            var name = d == 0 ? "Bea" : "Dev" + d.ToString("D2", CultureInfo.InvariantCulture);
            var person = new Person(name, name.ToLowerInvariant() + "@example.com");
            builder.Commit(person, [.. Enumerable.Range(1, minorFiles).Select(i => Add($"{name}/{i}.c"))]);
        }

        return builder.Build();
    }
}
