using TruckFactor.Analysis.Mining;

namespace TruckFactor.Analysis.Doa;

/// <summary>
/// The reference tool's way. Records are filed under their path string. A file's history starts with the records
/// filed under its path; each rename record in it pulls in every record filed under the old path, whenever made,
/// so a path reused after a rename mixes two files' histories (flaw 1 of the reference). The reference marks a
/// rename record as followed on the shared record itself, so a rename already followed for an earlier file (in
/// path order) is not followed again for a later one; this mode reproduces that too.
/// </summary>
internal sealed class PathKeyedHistoryBuilder : IFileHistoryBuilder
{
    public IReadOnlyList<FileHistory> Build(
        IReadOnlyList<CommitRecord> commits,
        IReadOnlyList<CommitCredit> credits,
        IReadOnlyCollection<string> files)
    {
        var rows = new List<(FileChange Change, CommitCredit Credit)>();
        var rowsByPath = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < commits.Count; i++)
        {
            foreach (var change in commits[i].Changes)
            {
                if (change.Kind is FileChangeKind.Added or FileChangeKind.Modified or FileChangeKind.Renamed)
                {
                    if (!rowsByPath.TryGetValue(change.Path, out var list))
                    {
                        rowsByPath[change.Path] = list = [];
                    }

                    list.Add(rows.Count);
                    rows.Add((change, credits[i]));
                }
            }
        }

        var followed = new bool[rows.Count];
        var result = new List<FileHistory>(files.Count);
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            if (rowsByPath.ContainsKey(file)
                && Gather(file, rows, rowsByPath, followed) is { ByDeveloper.Count: > 0 } history)
            {
                result.Add(history);
            }
        }

        return result;
    }

    private static FileHistory Gather(
        string file,
        List<(FileChange Change, CommitCredit Credit)> rows,
        Dictionary<string, List<int>> rowsByPath,
        bool[] followed)
    {
        var history = new FileHistory(file);
        var seen = new HashSet<int>();
        var pending = new Queue<int>(rowsByPath[file]);
        while (pending.TryDequeue(out var id))
        {
            if (!seen.Add(id))
            {
                continue;
            }

            var (change, credit) = rows[id];
            history.Record(credit, added: change.Kind == FileChangeKind.Added);
            if (change is { Kind: FileChangeKind.Renamed, OldPath: { } oldPath } && !followed[id])
            {
                followed[id] = true;
                foreach (var older in rowsByPath.GetValueOrDefault(oldPath) ?? [])
                {
                    pending.Enqueue(older);
                }
            }
        }

        return history;
    }
}
