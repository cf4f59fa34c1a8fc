using TruckFactor.Analysis.Mining;

namespace TruckFactor.Analysis.Doa;

/// <summary>
/// Follows each file as a lineage through time: a rename moves the lineage to its new path, and a file later
/// created at the vacated path starts a lineage of its own instead of inheriting the moved file's records.
/// A file deleted and then re-created at the same path (a revert) resumes its lineage. A change at a path vacated
/// by a rename goes to the renamed file when made on a branch that had not seen the rename, and otherwise (a merge
/// re-created the path) starts a lineage of its own, so no record is credited to a file its author did not touch.
/// </summary>
internal sealed class LineageHistoryBuilder : IFileHistoryBuilder
{
    public IReadOnlyList<FileHistory> Build(
        IReadOnlyList<CommitRecord> commits,
        IReadOnlyList<CommitCredit> credits,
        IReadOnlyCollection<string> files)
    {
        var state = new LineageState(new CommitGraph(commits));
        for (var i = 0; i < commits.Count; i++)
        {
            state.Apply(i, commits[i].Changes, credits[i]);
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
