namespace TruckFactor.Analysis.Mining.Raw.Packs;

/// <summary>
/// Objects recently used as delta bases, by pack and offset, least recently used first out. Trees are stored as
/// chains of deltas up to 50 long, newest whole; walking history from old to new asks for each chain's members
/// in turn, so keeping the bases met on the way turns most reads into one delta on top of a cached object.
/// </summary>
internal sealed class DeltaBaseCache
{
    private readonly long _budget;
    private readonly Dictionary<long, LinkedListNode<CachedObject>> _entries = [];
    private readonly LinkedList<CachedObject> _order = new();
    private long _weight;

    public DeltaBaseCache(long budgetBytes)
    {
        _budget = budgetBytes;
    }

    public int Hits { get; private set; }

    /// <summary>Gives every buffer back to the pool.</summary>
    public void Clear()
    {
        foreach (var entry in _order)
        {
            ObjectBuffers.Return(entry.Buffer);
        }

        _order.Clear();
        _entries.Clear();
        _weight = 0;
    }

    public bool TryGet(long key, out CachedObject found)
    {
        if (_entries.TryGetValue(key, out var node))
        {
            _order.Remove(node);
            _order.AddLast(node);
            found = node.Value;
            Hits++;
            return true;
        }

        found = default;
        return false;
    }

    /// <summary>
    /// Keeps a base and takes its buffer, which goes back to the pool when the base leaves; false when it is too
    /// large to keep or already kept, and the caller still owns the buffer.
    /// </summary>
    public bool Add(long key, CachedObject value)
    {
        if (value.Buffer.Length > _budget / 4 || _entries.ContainsKey(key))
        {
            return false;
        }

        while (_weight + value.Buffer.Length > _budget && _order.First is { } oldest)
        {
            _order.RemoveFirst();
            _entries.Remove(oldest.Value.Key);
            _weight -= oldest.Value.Buffer.Length;
            ObjectBuffers.Return(oldest.Value.Buffer);
        }

        _entries[key] = _order.AddLast(value with { Key = key });
        _weight += value.Buffer.Length;
        return true;
    }
}
