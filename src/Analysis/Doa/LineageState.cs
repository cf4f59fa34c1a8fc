using TruckFactor.Analysis.Mining;

namespace TruckFactor.Analysis.Doa;

/// <summary>Which lineage lives at each path, and which lineage last left each vacated path and how.</summary>
internal sealed class LineageState
{
    private readonly Dictionary<string, FileHistory> _live = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (FileHistory Lineage, bool MovedAway, int Commit)> _vacated =
        new(StringComparer.Ordinal);

    private readonly CommitGraph _graph;
    private int _commit;

    public LineageState(CommitGraph graph)
    {
        _graph = graph;
    }

    /// <summary>Applies one commit's changes; records nobody is credited with only move lineages.</summary>
    public void Apply(int commit, IReadOnlyList<FileChange> changes, CommitCredit credit)
    {
        _commit = commit;

        // Take every rename source before placing any target, so that swaps within one commit stay apart.
        var moved = new List<(FileChange Change, FileHistory Lineage)>();
        foreach (var change in changes)
        {
            if (change is { Kind: FileChangeKind.Renamed, OldPath: { } oldPath })
            {
                var lineage = Take(oldPath, movedAway: true) ?? Vacated(oldPath) ?? new FileHistory(change.Path);
                moved.Add((change, lineage));
            }
        }

        foreach (var (change, lineage) in moved)
        {
            _live[change.Path] = lineage;
            _vacated.Remove(change.Path);
            lineage.Record(credit, added: false);
        }

        foreach (var change in changes)
        {
            ApplyInPlace(change, credit);
        }
    }

    /// <summary>Finds the lineage of a path of the analysed commit.</summary>
    public FileHistory? Find(string path)
    {
        // A file deleted on one branch and kept by a merge still exists; a file that only took the place of a
        // renamed one inside a merge (which gives no records) has no history of its own.
        return _live.GetValueOrDefault(path)
            ?? (_vacated.TryGetValue(path, out var left) && !left.MovedAway ? left.Lineage : null);
    }

    private void ApplyInPlace(FileChange change, CommitCredit credit)
    {
        switch (change.Kind)
        {
            case FileChangeKind.Added:
                (_live.GetValueOrDefault(change.Path) ?? Create(change.Path)).Record(credit, added: true);
                break;
            case FileChangeKind.Modified:
                var lineage = _live.GetValueOrDefault(change.Path) ?? Reappeared(change.Path);
                lineage.Record(credit, added: false);
                break;
            case FileChangeKind.Deleted:
                Take(change.Path, movedAway: false);
                break;
            default:
                break;
        }
    }

    private FileHistory Reappeared(string path)
    {
        // A branch that forked before the rename still edits the file at its old path: that is the renamed file.
        // Once the rename is in the commit's past, the path holds another file (a merge re-created it).
        if (_vacated.TryGetValue(path, out var left) && left.MovedAway
            && _graph.IsAncestor(left.Commit, _commit) != true)
        {
            return left.Lineage;
        }

        return Create(path);
    }

    private FileHistory Create(string path)
    {
        // A path vacated by a delete is being restored; one vacated by a rename is being reused by a new file.
        var lineage = _vacated.TryGetValue(path, out var left) && !left.MovedAway
            ? left.Lineage
            : new FileHistory(path);
        _vacated.Remove(path);
        _live[path] = lineage;
        return lineage;
    }

    private FileHistory? Take(string path, bool movedAway)
    {
        if (!_live.Remove(path, out var lineage))
        {
            return null;
        }

        _vacated[path] = (lineage, movedAway, _commit);
        return lineage;
    }

    private FileHistory? Vacated(string path)
    {
        return _vacated.TryGetValue(path, out var left) ? left.Lineage : null;
    }
}
