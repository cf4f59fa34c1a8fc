using static TruckFactor.Analysis.Tests.Support.Person;

namespace TruckFactor.Analysis.Tests.Support;

/// <summary>The fixture builder itself: chosen identities and dates, and the same ids on every run.</summary>
public sealed class GitFixtureTests
{
    [Fact]
    public void Commit_ChosenAuthorAndDate_RecordedAsAuthorAndCommitter()
    {
        // Independent route: git log prints what the commit holds.
        using var fixture = new GitFixture();
        var date = new DateTimeOffset(2016, 11, 30, 8, 15, 0, TimeSpan.FromHours(-3));

        fixture.WriteFile("a.c", "a\n").Commit(Carol, date: date);

        Assert.Equal(
            "Carol|carol@example.com|2016-11-30T08:15:00-03:00|Carol|carol@example.com|2016-11-30T08:15:00-03:00",
            fixture.Git("log", "-1", "--format=%an|%ae|%aI|%cn|%ce|%cI").Trim());
    }

    [Fact]
    public void Commit_SameStepsInTwoFixtures_SameCommitIds()
    {
        // Nothing from the machine (user config, clock) leaks in, so commit ids repeat exactly.
        using var first = new GitFixture();
        using var second = new GitFixture();

        var a = first.WriteFile("a.c", "a\n").Commit(Alice);
        var b = second.WriteFile("a.c", "a\n").Commit(Alice);

        Assert.Equal(a, b);
    }

    [Fact]
    public void Dispose_AfterCommits_DeletesTheTempFolder()
    {
        var fixture = new GitFixture();
        fixture.WriteFile("a.c", "a\n").Commit(Alice);

        fixture.Dispose();

        Assert.False(Directory.Exists(fixture.Root));
    }
}
