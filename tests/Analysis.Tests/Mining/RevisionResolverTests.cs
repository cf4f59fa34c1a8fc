using System.Globalization;
using TruckFactor.Analysis.Errors;
using TruckFactor.Analysis.Tests.Support;
using static TruckFactor.Analysis.Tests.Support.Person;

namespace TruckFactor.Analysis.Tests.Mining;

/// <summary>Revision and date selection, through <c>GitHistoryMiner.Mine</c>.</summary>
public sealed class RevisionResolverTests : IDisposable
{
    private static readonly DateTimeOffset Day1 = new(2020, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly GitFixture _fixture = new();
    private readonly string _first;
    private readonly string _mainline;
    private readonly string _side;
    private readonly string _merge;

    public RevisionResolverTests()
    {
        // main: first (day 1) -> mainline (day 2) -> merge (day 5); side branches off first: side (day 3).
        _first = _fixture.WriteFile("a.c", "a\n").Commit(Alice, date: Day1);
        _fixture.Branch("side");
        _mainline = _fixture.WriteFile("b.c", "b\n").Commit(Bob, date: Day1.AddDays(1));
        _fixture.Checkout("side");
        _side = _fixture.WriteFile("c.c", "c\n").Commit(Carol, date: Day1.AddDays(2));
        _fixture.Checkout("main");
        _merge = _fixture.Merge("side", Alice, Day1.AddDays(4));
    }

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Mine_NoRevision_MinesHead()
    {
        var log = Analyses.Mine(_fixture.RepositoryPath);

        Assert.Equal(_merge, log.Head);
        Assert.Equal(["a.c", "b.c", "c.c"], log.Files);
        Assert.Equal(4, log.Commits.Count);
    }

    [Fact]
    public void Mine_OlderCommit_MinesItsTreeAndAncestorsOnly()
    {
        // At "mainline" the tree has a.c and b.c, and only first and mainline are reachable.
        var log = Analyses.Mine(_fixture.RepositoryPath, revision: _mainline);

        Assert.Equal(_mainline, log.Head);
        Assert.Equal(["a.c", "b.c"], log.Files);
        Assert.Equal([_first, _mainline], log.Commits.Select(c => c.Sha));
    }

    [Fact]
    public void Mine_BranchNameAndAbbreviatedId_Resolved()
    {
        Assert.Equal(_side, Analyses.Mine(_fixture.RepositoryPath, revision: "side").Head);
        Assert.Equal(_mainline, Analyses.Mine(_fixture.RepositoryPath, revision: _mainline[..10]).Head);
    }

    [Fact]
    public void Mine_AtDateAfterSideCommit_PicksLastFirstParentCommitBefore()
    {
        // At day 4: merge (day 5) is too late; on the first-parent line the next is mainline (day 2). The side
        // commit (day 3) is later but not on that line. Independent route: git rev-list --first-parent --before.
        var at = Day1.AddDays(3);
        var expected = _fixture.Git(
            "rev-list", "--first-parent", "-1", "--before=" + at.ToString("O", CultureInfo.InvariantCulture), "HEAD");

        var log = Analyses.Mine(_fixture.RepositoryPath, at: at);

        Assert.Equal(expected.Trim(), log.Head);
        Assert.Equal(_mainline, log.Head);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(1)]
    public void Mine_AtWithRevision_CountsBackFromThatRevision(int days)
    {
        // README: --at counts back from --commit when both are given. On side's first-parent line (first on
        // day 1, side on day 3): day 4 picks side, day 2 picks first. Independent route: git rev-list.
        var at = Day1.AddDays(days);
        var expected = _fixture.Git(
            "rev-list", "--first-parent", "-1", "--before=" + at.ToString("O", CultureInfo.InvariantCulture), "side");

        var log = Analyses.Mine(_fixture.RepositoryPath, revision: "side", at: at);

        Assert.Equal(expected.Trim(), log.Head);
        Assert.Equal(days == 3 ? _side : _first, log.Head);
    }

    [Fact]
    public void Mine_AtDateBeforeFirstCommit_ThrowsRevisionNotFound()
    {
        Assert.Throws<RevisionNotFoundException>(() => Analyses.Mine(_fixture.RepositoryPath, at: Day1.AddDays(-1)));
    }

    [Theory]
    [InlineData("no-such-branch")]
    [InlineData("0123456789abcdef0123456789abcdef01234567")]
    public void Mine_UnknownRevision_ThrowsRevisionNotFoundNamingIt(string revision)
    {
        var error = Assert.Throws<RevisionNotFoundException>(() => Analyses.Mine(_fixture.RepositoryPath, revision));

        Assert.Contains(revision, error.Message, StringComparison.Ordinal);
    }
}
