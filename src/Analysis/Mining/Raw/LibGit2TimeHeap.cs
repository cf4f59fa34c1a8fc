namespace TruckFactor.Analysis.Mining.Raw;

/// <summary>
/// libgit2's priority queue (pqueue.c) over commits, newest committer time on top. Its sift-up and sift-down rules
/// are copied in behaviour, not just its ordering, because they alone decide which of two commits with the same
/// time comes first.
/// </summary>
internal sealed class LibGit2TimeHeap
{
    private readonly CommitGraph _graph;
    private readonly List<int> _items = [];

    public LibGit2TimeHeap(CommitGraph graph)
    {
        _graph = graph;
    }

    public int Count => _items.Count;

    public void Insert(int commit)
    {
        _items.Add(commit);
        var at = _items.Count - 1;
        while (at > 0)
        {
            var parentAt = (at - 1) >> 1;
            if (Compare(_items[parentAt], commit) <= 0)
            {
                break;
            }

            _items[at] = _items[parentAt];
            at = parentAt;
        }

        _items[at] = commit;
    }

    public int Pop()
    {
        var top = _items[0];
        var last = _items[^1];
        _items.RemoveAt(_items.Count - 1);
        if (_items.Count > 0)
        {
            SiftDown(last);
        }

        return top;
    }

    private void SiftDown(int moving)
    {
        var at = 0;
        while (true)
        {
            var kidAt = (at << 1) + 1;
            if (kidAt >= _items.Count)
            {
                break;
            }

            var kid = _items[kidAt];
            if (kidAt + 1 < _items.Count && Compare(kid, _items[kidAt + 1]) > 0)
            {
                kidAt++;
                kid = _items[kidAt];
            }

            if (Compare(moving, kid) <= 0)
            {
                break;
            }

            _items[at] = kid;
            at = kidAt;
        }

        _items[at] = moving;
    }

    // git_commit_list_time_cmp: the later commit sorts first; equal times compare equal.
    private int Compare(int a, int b) => _graph.Time(b).CompareTo(_graph.Time(a));
}
