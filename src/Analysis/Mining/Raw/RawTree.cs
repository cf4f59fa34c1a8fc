namespace TruckFactor.Analysis.Mining.Raw;

/// <summary>
/// A tree object as read, in one pooled buffer: entries ("mode SP name NUL id") are scanned in place when compared,
/// so a tree costs the managed heap one small object however many entries it has.
/// </summary>
internal sealed class RawTree : IDisposable
{
    public static readonly RawTree Empty = new(default);

    private RawObject _object;

    private RawTree(RawObject tree)
    {
        _object = tree;
    }

    public ReadOnlySpan<byte> Data => _object.IsRead ? _object.Data : [];

    /// <summary>Gets the memory the tree holds, for the cache's budget.</summary>
    public int Weight => (_object.IsRead ? _object.Buffer.Length : 0) + 96;

    /// <summary>Takes ownership of a tree object's buffer.</summary>
    public static RawTree Own(RawObject tree) => new(tree);

    public void Dispose()
    {
        _object.Dispose();
        _object = default;
    }
}
