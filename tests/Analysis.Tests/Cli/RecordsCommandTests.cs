using TruckFactor.Analysis.Tests.Support;
using static TruckFactor.Analysis.Tests.Support.Person;

namespace TruckFactor.Analysis.Tests.Cli;

/// <summary><c>truckfactor records</c>, run as a separate process on a fixture.</summary>
public sealed class RecordsCommandTests
{
    [Fact]
    public void Records_LinearHistory_SameAsGitLogNameStatus()
    {
        // Independent route: git log --name-status --find-renames prints the same records, commit by commit,
        // newest first (a linear history, so both orders agree).
        using var fixture = new GitFixture();
        fixture.WriteFile("a.c", "alpha\nbeta\ngamma\n").WriteFile("b.c", "b\n").Commit(Alice);
        fixture.WriteFile("a.c", "alpha\nbeta\ngamma\ndelta\n").Delete("b.c").Commit(Bob);
        fixture.Move("a.c", "src/a.c").Commit(Carol);

        var run = CliRunner.Run(fixture.Home, "records", fixture.RepositoryPath);
        var git = fixture.Run("log", "--name-status", "--find-renames", "--format=commit %H").ThrowIfFailed().Text;

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Normalize(git), Normalize(run.Text));
    }

    [Fact]
    public void Records_MissingPath_ExitsNonZeroNamingThePath()
    {
        using var fixture = new GitFixture();
        var missing = Path.Combine(fixture.Root, "missing");

        var run = CliRunner.Run(fixture.Home, "records", missing);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(missing, run.Error, StringComparison.Ordinal);
    }

    // Git writes a blank line after each commit line and a similarity score after R; drop both.
    private static List<string> Normalize(string text)
    {
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.StartsWith('R') ? "R" + l[l.IndexOf('\t', StringComparison.Ordinal)..] : l)
            .ToList();
    }
}
