using TruckFactor.Analysis.Mining;

namespace TruckFactor.Analysis.Doa;

/// <summary>Answers ancestry questions over a commit log whose commits come parents first.</summary>
internal sealed class CommitGraph
{
    private readonly int[][]? _parents;

    public CommitGraph(IReadOnlyList<CommitRecord> commits)
    {
        if (commits.Any(c => c.Parents is null))
        {
            return;
        }

        var index = new Dictionary<string, int>(commits.Count, StringComparer.Ordinal);
        for (var i = 0; i < commits.Count; i++)
        {
            index[commits[i].Sha] = i;
        }

        _parents = commits
            .Select(c => c.Parents!.Where(index.ContainsKey).Select(p => index[p]).ToArray())
            .ToArray();
    }

    /// <summary>
    /// Tells whether commit <paramref name="ancestor"/> is reachable from <paramref name="descendant"/> (or is it);
    /// null when the log does not record parents.
    /// </summary>
    public bool? IsAncestor(int ancestor, int descendant)
    {
        if (_parents is null)
        {
            return null;
        }

        // Parents come before children, so the walk can skip every commit older than the one sought.
        var seen = new HashSet<int>();
        var pending = new Stack<int>();
        pending.Push(descendant);
        while (pending.TryPop(out var commit))
        {
            if (commit == ancestor)
            {
                return true;
            }

            if (commit > ancestor && seen.Add(commit))
            {
                foreach (var parent in _parents[commit])
                {
                    pending.Push(parent);
                }
            }
        }

        return false;
    }
}
