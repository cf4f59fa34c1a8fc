namespace TruckFactor.Analysis.Mining.Raw;

/// <summary>
/// Every commit reachable from a head, each read and parsed once, in the order libgit2's revision walk gives with
/// topological, time and reverse sorting (what <see cref="GitHistoryMiner"/> uses, so both miners' logs agree):
/// children counted, then the commits emitted newest first through libgit2's binary heap (its exact sift rules
/// decide between equal times), then reversed.
/// </summary>
internal sealed class CommitGraph
{
    private readonly List<ObjectKey> _ids = [];
    private readonly List<CommitHeader> _headers = [];
    private readonly List<int[]> _parents = [];
    private readonly List<long> _times = [];
    private readonly Dictionary<ObjectKey, int> _index = [];

    private CommitGraph()
    {
    }

    public int Count => _ids.Count;

    public ObjectKey Id(int commit) => _ids[commit];

    public CommitHeader Header(int commit) => _headers[commit];

    /// <summary>
    /// Reads the history; null when some commit is missing, malformed or has a committer line libgit2 may read
    /// differently, so that only libgit2's own walk gives the right answer (or the right error).
    /// </summary>
    public static CommitGraph? Read(RawObjectDatabase objects, ObjectKey head, Utf8StringTable strings)
    {
        var graph = new CommitGraph();
        graph.Add(head);
        for (var next = 0; next < graph._ids.Count; next++)
        {
            if (!objects.TryRead(graph._ids[next], out var found))
            {
                return null;
            }

            CommitHeader? header;
            using (found)
            {
                header = found.Type == RawObject.CommitType ? CommitParser.Parse(found.Data, strings) : null;
            }

            if (header?.CommitTime is null)
            {
                return null;
            }

            graph._headers.Add(header);
            graph._times.Add(header.CommitTime.Value);
            graph._parents.Add(Array.ConvertAll(header.Parents, graph.Add));
        }

        return graph;
    }

    /// <summary>The commits in libgit2's topological, time, reverse order (parents before children).</summary>
    public int[] Order()
    {
        // in_degree is a 16-bit counter in libgit2: one, plus one per child.
        var inDegree = new ushort[Count];
        Array.Fill(inDegree, (ushort)1);
        foreach (var parents in _parents)
        {
            foreach (var parent in parents)
            {
                inDegree[parent]++;
            }
        }

        var heap = new LibGit2TimeHeap(this);
        for (var commit = 0; commit < Count; commit++)
        {
            if (inDegree[commit] == 1)
            {
                heap.Insert(commit);
            }
        }

        var order = new int[Count];
        var emitted = 0;
        while (heap.Count > 0)
        {
            var next = heap.Pop();
            foreach (var parent in _parents[next])
            {
                if (inDegree[parent] != 0 && --inDegree[parent] == 1)
                {
                    heap.Insert(parent);
                }
            }

            inDegree[next] = 0;
            order[emitted++] = next;
        }

        Array.Reverse(order, 0, emitted);
        return emitted == Count ? order : order[..emitted];
    }

    public long Time(int commit) => _times[commit];

    private int Add(ObjectKey id)
    {
        if (!_index.TryGetValue(id, out var position))
        {
            position = _ids.Count;
            _index[id] = position;
            _ids.Add(id);
        }

        return position;
    }
}
