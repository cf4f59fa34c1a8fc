using TruckFactor.Analysis.Tests.Support;
using static TruckFactor.Analysis.Tests.Support.Change;
using static TruckFactor.Analysis.Tests.Support.Person;

namespace TruckFactor.Analysis.Tests.Doa;

/// <summary>The default profile's lineage rename following, checked through the analyzer.</summary>
public sealed class LineageHistoryBuilderTests
{
    [Fact]
    public void Analyze_PathReusedAfterRename_NewFileStartsItsOwnHistory()
    {
        // Same log as the path-keyed test: the new a.c is Carol's alone (FA=1, DOA 4.391).
        var result = Analyses.Run(PathKeyedHistoryBuilderTests.ReusedPathLog, AnalysisProfile.Default);

        Assert.Equal(["Carol"], result.AuthorsOf("a.c"));
    }

    [Fact]
    public void Analyze_PathReusedAfterRename_RenamedFileKeepsOnlyItsOwnRecords()
    {
        // b.c carries a.c's lineage: Alice add + edit, Bob's rename. Alice FA=1, DL=1, AC=1 -> 4.333; Bob DL=1,
        // AC=1 -> 3.235 (DOA_N 0.747 <= 0.75). Carol's new a.c is not part of it.
        var result = Analyses.Run(PathKeyedHistoryBuilderTests.ReusedPathLog, AnalysisProfile.Default);

        Assert.Equal(["Alice"], result.AuthorsOf("b.c"));
    }

    [Fact]
    public void Analyze_RenameChain_FollowedToOrigin()
    {
        // a.c -> b.c -> c.c by Bob, then Bob edits: Alice FA=1, AC=3 -> 4.391 - 0.321 ln 4 = 3.946; Bob DL=3
        // -> 3.785 (0.959). Both author c.c, which would be Bob's alone if the chain were lost.
        var log = new CommitLogBuilder()
            .Commit(Alice, Add("a.c"))
            .Commit(Bob, Rename("a.c", "b.c"))
            .Commit(Bob, Rename("b.c", "c.c"))
            .Commit(Bob, Modify("c.c"))
            .Build();

        var result = Analyses.Run(log, AnalysisProfile.Default);

        Assert.Equal(["Alice", "Bob"], result.AuthorsOf("c.c"));
    }

    [Fact]
    public void Analyze_TwoFilesSwappedInOneCommit_HistoriesStayApart()
    {
        // Bob swaps x.c and y.c in one commit (two renames): x.c now holds Carol's former y.c and y.c Alice's
        // former x.c. Each file: its creator FA=1, AC=1 -> 4.168; Bob DL=1 -> 3.457 (0.829).
        var log = new CommitLogBuilder()
            .Commit(Alice, Add("x.c"))
            .Commit(Carol, Add("y.c"))
            .Commit(Bob, Rename("x.c", "y.c"), Rename("y.c", "x.c"))
            .Build();

        var result = Analyses.Run(log, AnalysisProfile.Default);

        Assert.Equal(["Carol", "Bob"], result.AuthorsOf("x.c"));
        Assert.Equal(["Alice", "Bob"], result.AuthorsOf("y.c"));
    }

    [Fact]
    public void Analyze_RenameChainThenPathReused_EachFileKeepsItsOwnLineage()
    {
        // Same log as the path-keyed case: q.c is x.c's lineage (Alice FA, AC=2 -> 4.038; Bob and Carol DL=1,
        // AC=1 -> 3.235, below 3.293), p.c is Dave's new file alone.
        var result = Analyses.Run(PathKeyedHistoryBuilderTests.RenameReachedTwiceLog, AnalysisProfile.Default);

        Assert.Equal(["Alice"], result.AuthorsOf("q.c"));
        Assert.Equal(["Dave"], result.AuthorsOf("p.c"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Analyze_EditOnBranchThatMissedTheRename_CreditedToRenamedFile(bool editFirst)
    {
        // Alice adds a.c; on main Bob renames it to b.c; on a branch Carol edits a.c; the merge carries the edit
        // into b.c. The edit counts for b.c whichever commit is older. By hand: deliveries Bob 1 + Carol 1;
        // Alice FA, AC=2 -> 4.038; Bob and Carol DL=1, AC=1 -> 3.235 < 3.293: Alice alone. Were Carol's edit
        // lost, Bob would author b.c too (3.457 / 4.168 = 0.829).
        using var fixture = new GitFixture();
        var day = fixture.NextDate;
        fixture.WriteFile("a.c", Content.Lines("a", 10)).Commit(Alice, date: day);
        fixture.Branch("side").Move("a.c", "b.c").Commit(Bob, date: day.AddHours(editFirst ? 2 : 1));
        fixture.Checkout("side").WriteFile("a.c", Content.Lines("a", 11))
            .Commit(Carol, date: day.AddHours(editFirst ? 1 : 2));
        fixture.Checkout("main").Merge("side", Alice, day.AddHours(3));

        var log = Analyses.Mine(fixture.RepositoryPath);

        Assert.Equal(["b.c"], log.Files);
        Assert.Equal(["Alice"], Analyses.Run(log, AnalysisProfile.Default).AuthorsOf("b.c"));
        Assert.Equal(["Alice"], Analyses.Run(log, AnalysisProfile.Reference).AuthorsOf("b.c"));
    }
}
