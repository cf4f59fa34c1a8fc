using TruckFactor.Analysis.Mining.Raw;
using TruckFactor.Analysis.Tests.Support;
using static TruckFactor.Analysis.Tests.Support.Person;

namespace TruckFactor.Analysis.Tests.Mining.Raw;

/// <summary>
/// <see cref="CommitGraph.Order"/> against libgit2's own revision walk (topological, time, reverse), on histories
/// built to stress its tie-breaking: equal committer times, criss-cross merges with parents in both orders,
/// octopus merges, clocks running backwards, and random graphs. Odd commits are written with
/// <c>git hash-object --literally</c>.
/// </summary>
public sealed class CommitGraphTests
{
    private const long Noon = 1_600_000_000;

    [Fact]
    public void Order_ManyCommitsSameTime_EqualsLibGit2Walk()
    {
        // Four branches of eight commits, all at one second, merged pairwise then together.
        var history = new FastImportHistory();
        var root = history.Add(Noon);
        var tips = Enumerable.Range(0, 4).Select(_ => Chain(history, root, 8, _ => Noon)).ToArray();
        var left = history.Add(Noon, tips[0], tips[1]);
        var right = history.Add(Noon, tips[3], tips[2]);
        var head = history.Add(Noon, left, right);

        AssertOrderEqualsWalk(history, head);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(60)]
    public void Order_CrissCrossMergesParentsBothOrders_EqualsLibGit2Walk(long step)
    {
        // Two branches merge each other twice: x = (a, b) and y = (b, a), then again on top of those.
        var history = new FastImportHistory();
        var root = history.Add(Noon);
        var a = history.Add(Noon + step, root);
        var b = history.Add(Noon + step, root);
        var x = history.Add(Noon + (2 * step), a, b);
        var y = history.Add(Noon + (2 * step), b, a);
        var x2 = history.Add(Noon + (3 * step), x, y);
        var y2 = history.Add(Noon + (3 * step), y, x);
        var head = history.Add(Noon + (4 * step), y2, x2);

        AssertOrderEqualsWalk(history, head);
    }

    [Fact]
    public void Order_OctopusMergeOfUnequalBranches_EqualsLibGit2Walk()
    {
        var history = new FastImportHistory();
        var root = history.Add(Noon);
        var tips = new int[6];
        for (var i = 0; i < tips.Length; i++)
        {
            tips[i] = Chain(history, root, i + 1, k => Noon + ((k * (i + 2)) % 4));
        }

        var octopus = history.Add(Noon + 2, [tips[3], tips[0], tips[5], tips[1], tips[4], tips[2]]);
        var head = history.Add(Noon + 2, octopus, tips[4]);

        AssertOrderEqualsWalk(history, head);
    }

    [Fact]
    public void Order_ClockSkewChildrenOlderThanParents_EqualsLibGit2Walk()
    {
        // Times fall along each branch and jump around at the merges; topology must still win over time.
        var history = new FastImportHistory();
        var root = history.Add(Noon + 1000);
        var a = Chain(history, root, 6, k => Noon + 900 - (k * 100));
        var b = Chain(history, root, 4, k => Noon + 950 - (k * 10));
        var merge = history.Add(Noon - 5000, b, a);
        var c = Chain(history, merge, 3, k => Noon + 2000 + (k % 2));
        var head = history.Add(Noon, c, a);

        AssertOrderEqualsWalk(history, head);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 3)]
    [InlineData(3, 3)]
    [InlineData(4, 50)]
    [InlineData(5, 1000)]
    public void Order_RandomGraph_EqualsLibGit2Walk(int seed, int distinctTimes)
    {
        // 300 commits, each with 0 to 4 parents among the 25 before it; times from a small set, so most
        // commits tie with others and many are older than their parents. The head merges every tip.
        var random = new Random(seed);
        var history = new FastImportHistory();
        var hasChild = new HashSet<int>();
        var marks = new List<int>();
        for (var i = 0; i < 300; i++)
        {
            var roll = random.Next(100);
            var wanted = i == 0 || roll < 3 ? 0 : roll < 70 ? 1 : roll < 92 ? 2 : random.Next(3, 5);
            var parents = Enumerable.Range(0, wanted)
                .Select(_ => marks[random.Next(Math.Max(0, marks.Count - 25), marks.Count)])
                .Distinct()
                .ToArray();
            hasChild.UnionWith(parents);
            marks.Add(history.Add(Noon + random.Next(distinctTimes), parents));
        }

        var head = history.Add(Noon + random.Next(distinctTimes), [.. marks.Where(m => !hasChild.Contains(m))]);

        AssertOrderEqualsWalk(history, head);
    }

    [Fact]
    public void Order_GitCommitsAndMergesSameCommitterDate_EqualsLibGit2Walk()
    {
        // Loose objects from git commit and git merge with GIT_COMMITTER_DATE fixed, merging both ways.
        using var fixture = new GitFixture();
        var when = new DateTimeOffset(2021, 5, 1, 8, 0, 0, TimeSpan.Zero);
        fixture.WriteFile("a.txt", "a\n").Commit(Alice, date: when);
        fixture.Branch("side");
        fixture.WriteFile("m.txt", "m1\n").Commit(Alice, date: when);
        var mainTip = fixture.WriteFile("m.txt", "m2\n").Commit(Bob, date: when);
        fixture.Checkout("side").WriteFile("s.txt", "s1\n").Commit(Carol, date: when);
        var sideTip = fixture.WriteFile("s.txt", "s2\n").Commit(Carol, date: when);
        fixture.Merge(mainTip, Carol, when);
        fixture.Checkout("main").Merge(sideTip, Dave, when);
        fixture.Merge("side", Dave, when);
        fixture.WriteFile("a.txt", "end\n").Commit(Alice, date: when);

        using var objects = new RawObjectDatabase(Path.Combine(fixture.RepositoryPath, ".git"));
        var head = CatFile.Key(fixture.Head());
        var graph = CommitGraph.Read(objects, head, new Utf8StringTable());

        Assert.NotNull(graph);
        Assert.Equal(fixture.Git("rev-list", "--count", "HEAD").Trim(), $"{graph.Count}");
        Assert.Equal(Hex(objects.Walk(head)), Hex(graph.Order().Select(graph.Id)));
    }

    [Theory]
    [InlineData("author A <a@example.com> 1 +0000\nauthor B <b@example.com> 2 +0000\ncommitter C <c@x.org> 3 +0000\n")]
    [InlineData("author A <a@example.com> 1 +0000\n")]
    [InlineData("author A <a@example.com> 1 +0000\ncommitter C <c@example.com> soon +0000\n")]
    public void Read_OddCommitterLinesDeepInHistory_Null(string signatures)
    {
        // An extra author line, no committer, an unreadable committer time: the odd commit
        // is the parent of an ordinary head, written with git hash-object --literally (which skips fsck).
        using var fixture = new GitFixture();
        var tree = fixture.Git(["hash-object", "-t", "tree", "-w", "--stdin"], string.Empty).Trim();
        var odd = WriteCommit(fixture, $"tree {tree}\n{signatures}\nodd\n");
        var head = WriteCommit(fixture, $"tree {tree}\nparent {odd}\nauthor A <a@example.com> 5 +0000\n"
            + "committer C <c@example.com> 5 +0000\n\nhead\n");
        using var objects = new RawObjectDatabase(Path.Combine(fixture.RepositoryPath, ".git"));

        var graph = CommitGraph.Read(objects, CatFile.Key(head), new Utf8StringTable());

        Assert.Null(graph);
    }

    [Fact]
    public void Read_CommitterWithoutTime_TimeZeroAsLibGit2()
    {
        // libgit2 reads a committer with nothing after the email as time 0 (its walk order below agrees).
        using var fixture = new GitFixture();
        var tree = fixture.Git(["hash-object", "-t", "tree", "-w", "--stdin"], string.Empty).Trim();
        var head = WriteCommit(
            fixture, $"tree {tree}\nauthor A <a@example.com> 1 +0000\ncommitter C <c@example.com>\n\nx\n");
        using var objects = new RawObjectDatabase(Path.Combine(fixture.RepositoryPath, ".git"));

        var graph = CommitGraph.Read(objects, CatFile.Key(head), new Utf8StringTable());

        Assert.NotNull(graph);
        Assert.Equal(0, graph.Time(0));
    }

    [Fact]
    public void Order_CommitterWithoutTimeAmongDatedCommits_EqualsLibGit2Walk()
    {
        // Where Read does return a graph for a timeless committer, its order must still be libgit2's: two
        // branches off a dated root, one through a timeless commit, merged at a later time.
        using var fixture = new GitFixture();
        var tree = fixture.Git(["hash-object", "-t", "tree", "-w", "--stdin"], string.Empty).Trim();
        string Dated(string parents, long time, string message) => WriteCommit(fixture, $"tree {tree}\n{parents}"
            + $"author A <a@example.com> {time} +0000\ncommitter C <c@example.com> {time} +0000\n\n{message}\n");
        var root = Dated(string.Empty, 100, "root");
        var timeless = WriteCommit(fixture, $"tree {tree}\nparent {root}\nauthor A <a@example.com> 1 +0000\n"
            + "committer C <c@example.com>\n\ntimeless\n");
        var left = Dated($"parent {timeless}\n", 50, "left");
        var right = Dated($"parent {root}\n", 0, "right");
        var right2 = Dated($"parent {right}\n", 0, "right2");
        var head = Dated($"parent {left}\nparent {right2}\n", 200, "merge");
        using var objects = new RawObjectDatabase(Path.Combine(fixture.RepositoryPath, ".git"));

        var graph = CommitGraph.Read(objects, CatFile.Key(head), new Utf8StringTable());

        Assert.NotNull(graph);
        Assert.Equal(Hex(objects.Walk(CatFile.Key(head))), Hex(graph.Order().Select(graph.Id)));
    }

    private static int Chain(FastImportHistory history, int from, int length, Func<int, long> time)
    {
        var tip = from;
        for (var k = 0; k < length; k++)
        {
            tip = history.Add(time(k), tip);
        }

        return tip;
    }

    private static void AssertOrderEqualsWalk(FastImportHistory history, int headMark)
    {
        using var fixture = new GitFixture();
        var ids = history.Import(fixture);
        var gitCount = fixture.Git("rev-list", "--count", ids[headMark]).Trim();
        using var objects = new RawObjectDatabase(Path.Combine(fixture.RepositoryPath, ".git"));
        var head = CatFile.Key(ids[headMark]);

        var graph = CommitGraph.Read(objects, head, new Utf8StringTable());

        Assert.NotNull(graph);
        var walk = Hex(objects.Walk(head));
        Assert.Equal(gitCount, walk.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(walk, Hex(graph.Order().Select(graph.Id)));
    }

    private static List<string> Hex(IEnumerable<ObjectKey> ids) => [.. ids.Select(i => i.ToHex())];

    private static string WriteCommit(GitFixture fixture, string text) =>
        fixture.Git(["hash-object", "-t", "commit", "--literally", "-w", "--stdin"], text).Trim();
}
