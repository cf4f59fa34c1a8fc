namespace TruckFactor.Analysis.Mining.Raw;

/// <summary>
/// Trees by id, kept within a memory budget: consecutive commits share most of their changed trees, so the trees
/// of the last few commits are read once. Two generations approximate least-recently-used cheaply: a tree found
/// in the old generation moves to the young one, and a full young generation becomes the old one. Trees are only
/// released between commits (<see cref="EndCommit"/>), so none is freed while a comparison still scans it.
/// </summary>
internal sealed class TreeCache : IDisposable
{
    private readonly RawObjectDatabase _objects;
    private readonly long _budget;
    private Dictionary<ObjectKey, RawTree> _young = [];
    private Dictionary<ObjectKey, RawTree> _old = [];
    private long _youngWeight;

    public TreeCache(RawObjectDatabase objects, long budgetBytes)
    {
        _objects = objects;
        _budget = budgetBytes / 2;
    }

    /// <summary>Gets the number of trees read from the object database.</summary>
    public int Reads { get; private set; }

    /// <exception cref="MissingObjectException">The tree is not in the object database.</exception>
    /// <exception cref="InvalidDataException">The object is not a tree.</exception>
    public RawTree Get(ObjectKey id)
    {
        if (_young.TryGetValue(id, out var tree))
        {
            return tree;
        }

        if (!_old.Remove(id, out tree))
        {
            tree = Read(id);
        }

        _young[id] = tree;
        _youngWeight += tree.Weight;
        return tree;
    }

    /// <summary>Ages the cache once the young generation is over its half of the budget.</summary>
    public void EndCommit()
    {
        if (_youngWeight <= _budget)
        {
            return;
        }

        Release(_old);
        _old = _young;
        _young = [];
        _youngWeight = 0;
    }

    public void Dispose()
    {
        Release(_old);
        Release(_young);
    }

    private static void Release(Dictionary<ObjectKey, RawTree> trees)
    {
        foreach (var tree in trees.Values)
        {
            tree.Dispose();
        }

        trees.Clear();
    }

    private RawTree Read(ObjectKey id)
    {
        if (!_objects.TryRead(id, out var found))
        {
            throw new MissingObjectException($"Tree {id} is missing from the object database.");
        }

        if (found.Type != RawObject.TreeType)
        {
            found.Dispose();
            throw new InvalidDataException($"Object {id} is not a tree.");
        }

        Reads++;
        return RawTree.Own(found);
    }
}
