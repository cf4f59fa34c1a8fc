using TruckFactor.Analysis.Errors;
using TruckFactor.Analysis.Tests.Support;
using static TruckFactor.Analysis.Tests.Support.Person;

namespace TruckFactor.Analysis.Tests.Mining;

/// <summary>Repositories that cannot give a truck factor, refused through <c>GitHistoryMiner.Mine</c>.</summary>
public sealed class RepositoryOpenerTests
{
    [Fact]
    public void Mine_RepositoryWithoutCommits_ThrowsEmptyRepository()
    {
        // git init alone: HEAD is unborn.
        using var fixture = new GitFixture();

        var error = Assert.Throws<EmptyRepositoryException>(() => Analyses.Mine(fixture.RepositoryPath));

        Assert.Contains(fixture.RepositoryPath, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mine_FolderThatIsNotARepository_ThrowsRepositoryAccessNamingThePath()
    {
        // A plain folder next to the fixture's repository, inside no repository (the temp folder is not one).
        using var fixture = new GitFixture();
        var folder = Path.Combine(fixture.Root, "plain folder");
        Directory.CreateDirectory(folder);

        var error = Assert.Throws<RepositoryAccessException>(() => Analyses.Mine(folder));

        Assert.Contains(folder, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mine_PathThatDoesNotExist_ThrowsRepositoryAccessNamingThePath()
    {
        using var fixture = new GitFixture();
        var missing = Path.Combine(fixture.Root, "no-such-folder");

        var error = Assert.Throws<RepositoryAccessException>(() => Analyses.Mine(missing));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mine_ShallowClone_ThrowsShallowRepository()
    {
        // ALGORITHM.md flaw 4: the boundary commit of a shallow clone "adds" everything. Two commits, so that
        // --depth 1 really cuts history (git writes .git/shallow).
        using var fixture = new GitFixture();
        fixture.WriteFile("a.c", "a\n").Commit(Alice);
        fixture.WriteFile("b.c", "b\n").Commit(Bob);
        var clone = fixture.ShallowClone();
        Assert.True(File.Exists(Path.Combine(clone, ".git", "shallow")));

        var error = Assert.Throws<ShallowRepositoryException>(() => Analyses.Mine(clone));

        Assert.Contains(clone, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mine_FullCloneOfTheSameRepository_Succeeds()
    {
        // The counterpart of the shallow case: the original repository mines both commits.
        using var fixture = new GitFixture();
        fixture.WriteFile("a.c", "a\n").Commit(Alice);
        fixture.WriteFile("b.c", "b\n").Commit(Bob);

        Assert.Equal(2, Analyses.Mine(fixture.RepositoryPath).Commits.Count);
    }

    [Fact]
    public void Mine_CorruptHeadFile_ThrowsTruckFactorExceptionNamingThePath()
    {
        // IHistoryMiner.Mine promises a TruckFactorException whose message says why; a damaged repository
        // must not surface as a raw LibGit2Sharp error.
        using var fixture = new GitFixture();
        fixture.WriteFile("a.c", "a\n").Commit(Alice);
        File.WriteAllText(Path.Combine(fixture.RepositoryPath, ".git", "HEAD"), "garbage\n");

        var error = Assert.ThrowsAny<TruckFactorException>(() => Analyses.Mine(fixture.RepositoryPath));

        Assert.Contains(fixture.RepositoryPath, error.Message, StringComparison.Ordinal);
    }
}
