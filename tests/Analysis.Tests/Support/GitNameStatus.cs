using TruckFactor.Analysis.Mining;

namespace TruckFactor.Analysis.Tests.Support;

/// <summary>
/// Reads what <c>git log -z --name-status --format='commit %H'</c> prints, the independent route against which
/// the miner's records are checked. With -z every field ends in NUL and paths are raw bytes, never quoted.
/// </summary>
internal static class GitNameStatus
{
    /// <summary>The git arguments whose output <see cref="Parse"/> reads, rename detection unlimited.</summary>
    public static readonly string[] LogArguments =
    [
        "-c", "diff.renameLimit=999999", "log", "-z", "--name-status", "--find-renames", "--format=commit %H",
    ];

    /// <summary>
    /// Parses the output into each commit's records, written as <see cref="Describe(FileChange)"/> writes them.
    /// </summary>
    public static Dictionary<string, List<string>> Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var fields = output.Split('\0');
        List<string>? current = null;
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i].TrimStart('\n');
            if (field.StartsWith("commit ", StringComparison.Ordinal))
            {
                result[field["commit ".Length..]] = current = [];
            }
            else if (field.Length > 0 && current is not null)
            {
                // Renames and copies have two paths (old, new); every other status has one.
                current.Add(field[0] switch
                {
                    'R' => $"R\t{fields[++i]}\t{fields[++i]}",
                    'C' => "A\t" + fields[(i += 2)],
                    _ => $"{field[0]}\t{fields[++i]}",
                });
            }
        }

        return result;
    }

    /// <summary>Writes a mined record as git's name-status line, without the similarity score.</summary>
    public static string Describe(FileChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change.Kind switch
        {
            FileChangeKind.Added => "A\t" + change.Path,
            FileChangeKind.Modified => "M\t" + change.Path,
            FileChangeKind.Deleted => "D\t" + change.Path,
            FileChangeKind.Renamed => $"R\t{change.OldPath}\t{change.Path}",
            _ => "T\t" + change.Path,
        };
    }

    /// <summary>Writes each commit's mined records like <see cref="Parse"/>, for comparison.</summary>
    public static Dictionary<string, List<string>> DescribeCommits(CommitLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        return log.Commits.ToDictionary(c => c.Sha, c => c.Changes.Select(Describe).ToList(), StringComparer.Ordinal);
    }

    /// <summary>Asserts that both sides list the same commits with the same records, in any order.</summary>
    public static void AssertSame(Dictionary<string, List<string>> git, Dictionary<string, List<string>> mined)
    {
        ArgumentNullException.ThrowIfNull(git);
        ArgumentNullException.ThrowIfNull(mined);
        Assert.Equal(git.Keys.Order(StringComparer.Ordinal), mined.Keys.Order(StringComparer.Ordinal));
        foreach (var (sha, records) in git)
        {
            Assert.Equal(records.Order(StringComparer.Ordinal), mined[sha].Order(StringComparer.Ordinal));
        }
    }

    /// <summary>Mines the fixture and asserts that its records equal git's, commit by commit.</summary>
    public static CommitLog AssertMinedAsGit(GitFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var log = Analyses.Mine(fixture.RepositoryPath);
        AssertSame(Parse(fixture.Git(LogArguments)), DescribeCommits(log));
        return log;
    }
}
