namespace TruckFactor.Analysis.Mining.Raw;

/// <summary>
/// Parsed trees by id, kept within a memory budget: consecutive commits share most of their changed trees, so
/// the trees of the last few commits are read once. Two generations approximate least-recently-used cheaply: a
/// tree found in the old generation moves to the young one, and a full young generation becomes the old one.
/// </summary>
internal sealed class TreeCache
{
    private readonly RawObjectDatabase _objects;
    private readonly long _budget;
    private Dictionary<ObjectKey, ParsedTree> _young = [];
    private Dictionary<ObjectKey, ParsedTree> _old = [];
    private long _youngWeight;

    public TreeCache(RawObjectDatabase objects, long budgetBytes)
    {
        _objects = objects;
        _budget = budgetBytes / 2;
    }

    /// <summary>Gets the number of trees read from the object database.</summary>
    public int Reads { get; private set; }

    /// <exception cref="MissingObjectException">The tree is not in the object database.</exception>
    /// <exception cref="InvalidDataException">The object is not a well-formed tree.</exception>
    public ParsedTree Get(ObjectKey id)
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
        if (_youngWeight > _budget)
        {
            _old = _young;
            _young = [];
            _youngWeight = 0;
        }

        return tree;
    }

    private ParsedTree Read(ObjectKey id)
    {
        if (!_objects.TryRead(id, out var found))
        {
            throw new MissingObjectException($"Tree {id} is missing from the object database.");
        }

        using var tree = found;
        Reads++;
        return tree.Type == NativeObject.TreeType
            ? ParsedTree.Parse(tree.Data)
            : throw new InvalidDataException($"Object {id} is not a tree.");
    }
}
