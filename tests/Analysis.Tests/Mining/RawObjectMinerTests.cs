using System.Text;
using TruckFactor.Analysis.Errors;
using TruckFactor.Analysis.Mining;
using TruckFactor.Analysis.Tests.Support;
using static TruckFactor.Analysis.Tests.Support.Content;
using static TruckFactor.Analysis.Tests.Support.Person;

namespace TruckFactor.Analysis.Tests.Mining;

/// <summary>
/// The raw-object miner against two independent routes on the same fixtures: LibGit2Sharp's object model
/// (<see cref="GitHistoryMiner"/>, the whole log field by field) and <c>git log --name-status</c> itself.
/// </summary>
public sealed class RawObjectMinerTests
{
    [Fact]
    public void Mine_EveryKindOfChange_EqualsLibGit2SharpAndGit()
    {
        using var fixture = MixedHistory();

        var raw = MineRaw(fixture.RepositoryPath);

        LogComparison.AssertSameLog(MineLibGit2(fixture.RepositoryPath), raw);
        GitNameStatus.AssertSame(GitNameStatus.Parse(fixture.Git(GitNameStatus.LogArguments)), Describe(raw));
        Assert.Equal(0, raw.Statistics.ObjectFallbacks);
        var records = raw.Commits.SelectMany(c => c.Changes).Select(GitNameStatus.Describe).ToList();
        string[] kinds = ["T\tb.c", "M\tvendor/lib", "A\tf/inside.c", "D\tf", "R\ta.c\tsrc/a.c", "R\tc.c\tc2.c"];
        Assert.All(kinds, k => Assert.Contains(k, records));
    }

    [Fact]
    public void Mine_RenamesOff_EqualsGitNoRenames()
    {
        using var fixture = MixedHistory();
        string[] arguments = ["log", "-z", "--name-status", "--no-renames", "--format=commit %H"];

        var raw = new RawObjectMiner(detectRenames: false).Mine(Request(fixture.RepositoryPath), null, default);

        GitNameStatus.AssertSame(GitNameStatus.Parse(fixture.Git(arguments)), Describe(raw));
        Assert.DoesNotContain(raw.Commits.SelectMany(c => c.Changes), c => c.Kind == FileChangeKind.Renamed);
    }

    [Fact]
    public void Mine_GroupWritableMode100664_NoFalseModification()
    {
        // Old git wrote 100664 for group-writable files; git compares it as 100644, so the same blob at 100664
        // and back at 100644 is no change (git log prints no record). Crafted with mktree and commit-tree.
        // LibGit2Sharp's diff alone calls these modified; GitHistoryMiner drops them as git does.
        using var fixture = new GitFixture();
        fixture.WriteFile("keep.c", "k\n").Commit(Alice);
        var blob = fixture.Git("rev-parse", "HEAD:keep.c").Trim();
        var odd = fixture.Git(["mktree"], $"100664 blob {blob}\tkeep.c\n").Trim();
        string[] identity = ["-c", "user.name=Alice", "-c", "user.email=alice@example.com"];
        var first = fixture.Git([.. identity, "commit-tree", odd, "-p", "HEAD", "-m", "mode 100664"]).Trim();
        var normal = fixture.Git(["mktree"], $"100644 blob {blob}\tkeep.c\n100755 blob {blob}\trun.sh\n").Trim();
        var second = fixture.Git([.. identity, "commit-tree", normal, "-p", first, "-m", "back to 100644"]).Trim();
        fixture.Git("update-ref", "refs/heads/main", second);

        var raw = MineRaw(fixture.RepositoryPath);

        Assert.Equal(["A\trun.sh"], raw.Commits[^1].Changes.Select(GitNameStatus.Describe));
        Assert.Empty(raw.Commits[^2].Changes);
        GitNameStatus.AssertSame(GitNameStatus.Parse(fixture.Git(GitNameStatus.LogArguments)), Describe(raw));
        LogComparison.AssertSameLog(MineLibGit2(fixture.RepositoryPath), raw);
    }

    [Fact]
    public void Mine_PathsThatAreNotUtf8_SameAsLibGit2Sharp()
    {
        // Latin-1 bytes in a name are decoded as LibGit2Sharp decodes them (invalid bytes become U+FFFD).
        using var fixture = new GitFixture();
        fixture.WriteRawPath(Encoding.Latin1.GetBytes("caf\u00e9.c"), "e\n").CommitStaged(Alice);

        LogComparison.AssertSameLog(MineLibGit2(fixture.RepositoryPath), MineRaw(fixture.RepositoryPath));
    }

    [Fact]
    public void Mine_WithEarlierLog_EqualsFullMineAndReusesItsCommits()
    {
        // The earlier log is mined at the first head; then a branch older than the new mainline commits is
        // merged, so the full walk interleaves old and new commits. Expected: exactly the full mine's log.
        using var fixture = new GitFixture();
        fixture.WriteFile("a.c", Lines("a", 10)).Commit(Alice);
        fixture.Branch("side").Checkout("side").WriteFile("side.c", Lines("s", 10)).Commit(Bob);
        fixture.Checkout("main").WriteFile("a.c", Lines("a", 12)).Commit(Carol);
        var earlier = MineRaw(fixture.RepositoryPath);
        fixture.Move("a.c", "lib/a.c").Commit(Alice);
        fixture.Merge("side", Dave);
        fixture.WriteFile("b.c", Lines("b", 5)).Commit(Bob);

        var full = MineRaw(fixture.RepositoryPath);
        var incremental = new RawObjectMiner().Mine(Request(fixture.RepositoryPath), earlier, null, default);

        LogComparison.AssertSameLog(full, incremental);
        Assert.Equal(earlier.Commits.Count, incremental.Statistics.ReusedCommits);
        Assert.Equal(4, full.Commits.Count - earlier.Commits.Count);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Mine_SeveralThreads_SameLogAsOneThreadAndGit(int threads)
    {
        // Threads take runs of the walk; a commit's first parent may lie in another thread's run, and the merge's
        // side branch in yet another. Expected: the single-threaded log, and git's records, exactly.
        using var fixture = MixedHistory();
        for (var i = 0; i < 12; i++)
        {
            fixture.WriteFile($"grow/{i % 4}/f{i}.c", Lines($"g{i}", 6 + i)).Commit(i % 2 == 0 ? Alice : Bob);
        }

        var single = new RawObjectMiner(detectRenames: true, threads: 1)
            .Mine(Request(fixture.RepositoryPath), null, default);
        var parallel = new RawObjectMiner(detectRenames: true, threads) { ParallelThreshold = 1 }
            .Mine(Request(fixture.RepositoryPath), null, default);

        LogComparison.AssertSameLog(single, parallel);
        GitNameStatus.AssertSame(GitNameStatus.Parse(fixture.Git(GitNameStatus.LogArguments)), Describe(parallel));
    }

    [Fact]
    public void Mine_SeveralThreadsWithEarlierLog_MinesOnlyNewCommitsAndEqualsFullMine()
    {
        using var fixture = MixedHistory();
        var earlier = MineRaw(fixture.RepositoryPath);
        for (var i = 0; i < 9; i++)
        {
            fixture.WriteFile($"late/{i}.c", Lines($"l{i}", 4)).Commit(Carol);
        }

        var full = MineRaw(fixture.RepositoryPath);
        var incremental = new RawObjectMiner(detectRenames: true, threads: 2) { ParallelThreshold = 1 }
            .Mine(Request(fixture.RepositoryPath), earlier, null, default);

        LogComparison.AssertSameLog(full, incremental);
        Assert.Equal(earlier.Commits.Count, incremental.Statistics.ReusedCommits);
    }

    [Theory]
    [InlineData("author  Spaced   Name  <  mail@example.org >  1600000000 +0530")]
    [InlineData("author No Zone <nz@example.org> 1600000000")]
    [InlineData("author Odd Zone <oz@example.org> 1600000000 +9999")]
    [InlineData("author West <w@example.org> 1600000000 -0800")]
    [InlineData("author <only@email.org> 1600000000 +0000")]
    [InlineData("author Na\u00efve <x@example.org> 1600000000 +0100")]
    public void Mine_UnusualAuthorLines_ReadAsLibGit2SharpReadsThem(string author)
    {
        // Commit objects written byte by byte (hash-object --literally): the raw parser must give the name, email,
        // date and offset that LibGit2Sharp gives, the independent route.
        using var fixture = new GitFixture();
        fixture.WriteFile("a.c", "a\n").Commit(Alice);
        var tree = fixture.Git("rev-parse", "HEAD^{tree}").Trim();
        var parent = fixture.Head();
        var text = $"tree {tree}\nparent {parent}\n{author}\ncommitter C <c@example.org> 1600000000 +0000\n\nodd\n";
        var commit = fixture.Git(["hash-object", "-t", "commit", "--literally", "-w", "--stdin"], text).Trim();
        fixture.Git("update-ref", "refs/heads/main", commit);

        var raw = MineRaw(fixture.RepositoryPath);

        LogComparison.AssertSameLog(MineLibGit2(fixture.RepositoryPath), raw);
        Assert.Equal(0, raw.Statistics.ObjectFallbacks);
    }

    [Fact]
    public void Mine_MissingTreeOfOneCommit_FailsLikeLibGit2Sharp()
    {
        // Without the tree neither route can list the commit's files; the raw miner's fallback runs LibGit2Sharp,
        // which refuses, so the error is LibGit2Sharp's rather than a silently incomplete log.
        using var fixture = new GitFixture();
        fixture.WriteFile("dir/a.c", "a\n").Commit(Alice);
        fixture.WriteFile("dir/a.c", "b\n").Commit(Bob);
        var tree = fixture.Git("rev-parse", "HEAD~1:dir").Trim();
        fixture.WriteFile("dir/a.c", "c\n").Commit(Carol);
        File.Delete(Path.Combine(fixture.RepositoryPath, ".git", "objects", tree[..2], tree[2..]));

        var error = Assert.Throws<DamagedRepositoryException>(() => MineRaw(fixture.RepositoryPath));
        Assert.IsAssignableFrom<LibGit2Sharp.LibGit2SharpException>(error.InnerException);
        Assert.Contains("git fsck", error.Message, StringComparison.Ordinal);
        Assert.ThrowsAny<LibGit2Sharp.LibGit2SharpException>(() => MineLibGit2(fixture.RepositoryPath));
    }

    [Fact]
    public void Mine_PackCutShort_DamagedNotEmpty()
    {
        // A pack missing its last 2,000 bytes: git says the pack does not match its index. The head commit cannot be
        // read, which must not read as "no commits yet".
        using var fixture = new GitFixture();
        for (var i = 0; i < 30; i++)
        {
            fixture.WriteFile($"f{i % 5}.c", Lines($"v{i}", 200)).Commit(i % 2 == 0 ? Alice : Bob);
        }

        fixture.Git("repack", "-adq");
        var pack = Directory.GetFiles(Path.Combine(fixture.RepositoryPath, ".git", "objects", "pack"), "*.pack")[0];
        File.SetAttributes(pack, FileAttributes.Normal);
        using (var stream = new FileStream(pack, FileMode.Open))
        {
            stream.SetLength(stream.Length - 2_000);
        }

        var error = Assert.ThrowsAny<TruckFactor.Analysis.Errors.TruckFactorException>(
            () => MineRaw(fixture.RepositoryPath));

        Assert.IsNotType<EmptyRepositoryException>(error);
        Assert.Contains("git fsck", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mine_CommitterTimeBeyondAnyDate_NoOverflowEscapes()
    {
        // A committer time of twenty digits overflows a 64-bit number: the C# walk must hand the history to
        // libgit2 rather than crash, and the result must be libgit2's own (a log or its error, never an overflow).
        using var fixture = new GitFixture();
        fixture.WriteFile("a.c", "a\n").Commit(Alice);
        var tree = fixture.Git("rev-parse", "HEAD^{tree}").Trim();
        var parent = fixture.Git("rev-parse", "HEAD").Trim();
        var text = $"tree {tree}\nparent {parent}\nauthor A <a@example.com> 1600000000 +0000\n"
            + "committer W <w@example.com> 99999999999999999999 +0000\n\nhuge time\n";
        var odd = fixture.Git(["hash-object", "-t", "commit", "--literally", "-w", "--stdin"], text).Trim();
        fixture.Git("update-ref", "refs/heads/main", odd);

        var raw = Record.Exception(() => MineRaw(fixture.RepositoryPath));
        var libgit2 = Record.Exception(() => MineLibGit2(fixture.RepositoryPath));

        Assert.IsNotType<OverflowException>(raw);
        Assert.Equal(libgit2 is null, raw is null);
    }

    /// <summary>Renames exact and similar, mode and type changes, submodules, odd names, a file that becomes a
    /// folder, deletes, an empty commit, a merge and a .mailmap.</summary>
    private static GitFixture MixedHistory()
    {
        var fixture = new GitFixture();
        fixture.WriteFile("a.c", Lines("a", 20)).WriteFile("b.c", Lines("b", 20)).WriteFile("c.c", Lines("c", 20))
            .WriteFile("tab\there \"q\".c", "odd\n").WriteFile("naïve ✓/x.c", "u\n").WriteFile("f", "file\n");
        fixture.Commit(Alice);
        fixture.Move("a.c", "src/a.c").WriteFile("c2.c", Lines("c", 16) + Lines("new", 4)).Delete("c.c").Commit(Bob);
        fixture.Git("update-index", "--chmod=+x", "b.c");
        fixture.CommitStaged(Carol);
        var link = fixture.Git(["hash-object", "-w", "--stdin"], "src/a.c").Trim();
        fixture.Git("rm", "-q", "--cached", "b.c");
        fixture.Git("update-index", "--add", "--cacheinfo", $"120000,{link},b.c");
        fixture.CommitStaged(Alice);
        fixture.Git("checkout", "-q", "--", ".");
        fixture.AddSubmodule("vendor/lib", "1111111111111111111111111111111111111111").Commit(Bob);
        fixture.Git("update-index", "--cacheinfo", "160000,2222222222222222222222222222222222222222,vendor/lib");
        fixture.CommitStaged(Carol);
        fixture.Delete("f").WriteFile("f/inside.c", "now a folder\n").Commit(Dave);
        fixture.Commit(Alice, "empty");
        fixture.Branch("side").Checkout("side").WriteFile("side.c", Lines("s", 8)).Commit(Bob);
        fixture.Checkout("main").Delete("tab\there \"q\".c").WriteFile(".mailmap", "Bob <bob@example.com>\n")
            .WriteFile("docs/.gitattributes", "*.md linguist-documentation\n")
            .Commit(Carol, "Pairing\n\nCo-authored-by: Dave <dave@example.com>\nco-authored-by: Eve <eve@x.org>\n");
        fixture.Merge("side", Dave);
        return fixture;
    }

    private static MiningRequest Request(string path) => new(path, path);

    private static CommitLog MineRaw(string path) => new RawObjectMiner().Mine(Request(path), null, default);

    private static CommitLog MineLibGit2(string path) => new GitHistoryMiner().Mine(Request(path), null, default);

    private static Dictionary<string, List<string>> Describe(CommitLog log) => GitNameStatus.DescribeCommits(log);
}
