using TruckFactor.Analysis.Mining;

namespace TruckFactor.Analysis.Doa;

/// <summary>
/// Follows each file as a lineage through time: a rename moves the lineage to its new path, and a file later
/// created at the vacated path starts a lineage of its own instead of inheriting the moved file's records.
/// A file deleted and then re-created at the same path (a revert) resumes its lineage. A path vacated by a rename
/// and changed again later (a merge re-created it, or a branch that had not seen the rename changed it) starts a
/// lineage of its own, so no record is ever credited to a file its author did not touch.
/// </summary>
internal sealed class LineageHistoryBuilder : IFileHistoryBuilder
{
    public IReadOnlyList<FileHistory> Build(
        IReadOnlyList<CommitRecord> commits,
        IReadOnlyList<int> developers,
        IReadOnlyCollection<string> files)
    {
        var state = new LineageState();
        for (var i = 0; i < commits.Count; i++)
        {
            state.Apply(commits[i].Changes, developers[i]);
        }

        var result = new List<FileHistory>(files.Count);
        foreach (var file in files)
        {
            if (state.Find(file) is { ByDeveloper.Count: > 0 } lineage)
            {
                var history = new FileHistory(file);
                history.Absorb(lineage);
                result.Add(history);
            }
        }

        return result;
    }
}
