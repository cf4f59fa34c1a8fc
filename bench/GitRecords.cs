using System.Text;
using TruckFactor.Analysis.Mining;

namespace TruckFactor.Bench;

/// <summary>
/// The independent route: what <c>git log -z --name-status</c> prints, parsed into each commit's records, and
/// the same records written from a mined log, so the two can be compared commit by commit.
/// </summary>
internal static class GitRecords
{
    public static string[] LogArguments(bool renames) => renames
        ? ["-c", "diff.renameLimit=999999", "log", "-z", "--name-status", "-M", "--format=commit %H"]
        : ["log", "-z", "--name-status", "--no-renames", "--format=commit %H"];

    /// <summary>
    /// Reads git's records. Git stops with "unable to read" when rename detection needs a blob the repository
    /// lacks; then only the commits printed before are returned (the last one may be cut short, so it is dropped).
    /// </summary>
    public static (Dictionary<string, List<string>> Records, bool Complete) FromGit(string repository, bool renames)
    {
        using var git = GitProcess.Start(repository, LogArguments(renames));
        using var output = new MemoryStream();
        git.StandardOutput.BaseStream.CopyTo(output);
        git.WaitForExit();
        var text = Encoding.UTF8.GetString(output.GetBuffer(), 0, (int)output.Length);
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var fields = text.Split('\0');
        List<string>? current = null;
        string? last = null;
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i].TrimStart('\n');
            if (field.StartsWith("commit ", StringComparison.Ordinal))
            {
                last = field["commit ".Length..];
                result[last] = current = [];
            }
            else if (field.Length > 0 && current is not null)
            {
                current.Add(field[0] == 'R' ? $"R\t{fields[++i]}\t{fields[++i]}" : $"{field[0]}\t{fields[++i]}");
            }
        }

        var complete = git.ExitCode == 0;
        if (!complete && last is not null)
        {
            result.Remove(last);
        }

        return (result, complete);
    }

    public static Dictionary<string, List<string>> FromLog(CommitLog log)
    {
        return log.Commits.ToDictionary(c => c.Sha, c => c.Changes.Select(Describe).ToList(), StringComparer.Ordinal);
    }

    /// <summary>Counts the commits whose records differ (missing commits included, when git printed all).</summary>
    public static int Differences(
        (Dictionary<string, List<string>> Records, bool Complete) fromGit,
        Dictionary<string, List<string>> mined)
    {
        var git = fromGit.Records;
        var differing = fromGit.Complete ? mined.Keys.Count(k => !git.ContainsKey(k)) : 0;
        foreach (var (sha, records) in git)
        {
            if (!mined.TryGetValue(sha, out var ours)
                || !records.Order(StringComparer.Ordinal).SequenceEqual(ours.Order(StringComparer.Ordinal)))
            {
                differing++;
            }
        }

        return differing;
    }

    private static string Describe(FileChange change) => change.Kind switch
    {
        FileChangeKind.Added => "A\t" + change.Path,
        FileChangeKind.Modified => "M\t" + change.Path,
        FileChangeKind.Deleted => "D\t" + change.Path,
        FileChangeKind.Renamed => $"R\t{change.OldPath}\t{change.Path}",
        _ => "T\t" + change.Path,
    };
}
