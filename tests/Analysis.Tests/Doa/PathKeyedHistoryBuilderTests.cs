using TruckFactor.Analysis.Mining;
using TruckFactor.Analysis.Tests.Support;
using static TruckFactor.Analysis.Tests.Support.Change;
using static TruckFactor.Analysis.Tests.Support.Person;

namespace TruckFactor.Analysis.Tests.Doa;

/// <summary>The reference profile's path-keyed rename following, checked through the analyzer.</summary>
public sealed class PathKeyedHistoryBuilderTests
{
    /// <summary>
    /// Alice adds a.c and edits it; Bob renames a.c to b.c; later Carol creates a new, unrelated a.c.
    /// </summary>
    public static CommitLog ReusedPathLog { get; } = new CommitLogBuilder()
        .Commit(Alice, Add("a.c"))
        .Commit(Alice, Modify("a.c"))
        .Commit(Bob, Rename("a.c", "b.c"))
        .Commit(Carol, Add("a.c"))
        .Build();

    [Fact]
    public void Analyze_PathReusedAfterRename_NewFileInheritsOldRecords()
    {
        // Flaw 1 of the reference: records are filed by path, so the new a.c gets Alice's add and edit.
        // a.c: Alice FA=1, DL=1, AC=0 -> 4.555; Carol FA=1, AC=1 -> 4.391 - 0.321 ln 2 = 4.168 (0.915).
        var result = Analyses.Run(ReusedPathLog, AnalysisProfile.Reference);

        Assert.Equal(["Alice", "Carol"], result.AuthorsOf("a.c"));
    }

    [Fact]
    public void Analyze_PathReusedAfterRename_RenamedFileInheritsEveryRecordAtOldPath()
    {
        // b.c follows Bob's rename back to every record filed under a.c, Carol's later add included.
        // Deliveries: Alice's edit and Bob's rename (2). Alice FA=1, DL=1, AC=1 -> 4.555 - 0.223 = 4.333;
        // Carol FA=1, AC=2 -> 4.391 - 0.321 ln 3 = 4.038 (0.932); Bob DL=1, AC=1 -> 3.235 (0.747, and < 3.293).
        var result = Analyses.Run(ReusedPathLog, AnalysisProfile.Reference);

        Assert.Equal(["Alice", "Carol"], result.AuthorsOf("b.c"));
    }

    [Fact]
    public void Analyze_RenameReachedFromTwoFiles_FollowedOnlyForTheFirstInPathOrder()
    {
        // x.c -> p.c (Bob) -> q.c (Carol), then Dave creates a new p.c. The reference marks a rename record as
        // followed on the record itself (PathKeyedHistoryBuilder's documented behaviour), so only p.c, first in
        // path order, follows Bob's rename back to Alice's add.
        // p.c: Alice FA, AC=1 -> 4.168; Dave FA, AC=1 -> 4.168; Bob DL=1 -> 3.457 (0.829): all three author.
        // q.c: Carol and Bob DL=1, AC=1 -> 3.235 (below 3.293); Dave FA, AC=2 -> 4.038: Dave alone, no Alice.
        var result = Analyses.Run(RenameReachedTwiceLog, AnalysisProfile.Reference);

        Assert.Equal(["Alice", "Dave", "Bob"], result.AuthorsOf("p.c"));
        Assert.Equal(["Dave"], result.AuthorsOf("q.c"));
    }

    /// <summary>x.c renamed to p.c by Bob, p.c to q.c by Carol, then a new p.c by Dave.</summary>
    public static CommitLog RenameReachedTwiceLog { get; } = new CommitLogBuilder()
        .Commit(Alice, Add("x.c"))
        .Commit(Bob, Rename("x.c", "p.c"))
        .Commit(Carol, Rename("p.c", "q.c"))
        .Commit(Dave, Add("p.c"))
        .Build();
}
