namespace TruckFactor.Analysis.Identities;

/// <summary>Union-find over dense integer ids, for transitive identity merging.</summary>
internal sealed class DisjointSet
{
    private readonly List<int> _parent = [];

    public int Add()
    {
        _parent.Add(_parent.Count);
        return _parent.Count - 1;
    }

    public int Find(int item)
    {
        while (_parent[item] != item)
        {
            _parent[item] = _parent[_parent[item]];
            item = _parent[item];
        }

        return item;
    }

    public void Union(int a, int b)
    {
        var (rootA, rootB) = (Find(a), Find(b));
        if (rootA != rootB)
        {
            // The older root wins, so a group's root is its first-seen member.
            _parent[Math.Max(rootA, rootB)] = Math.Min(rootA, rootB);
        }
    }
}
