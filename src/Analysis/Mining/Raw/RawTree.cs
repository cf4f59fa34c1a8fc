namespace TruckFactor.Analysis.Mining.Raw;

/// <summary>
/// A tree object kept as libgit2 read it, in native memory: entries ("mode SP name NUL id") are scanned in place
/// when compared, so a tree costs the managed heap one small object however many entries it has.
/// </summary>
internal sealed unsafe class RawTree : IDisposable
{
    public static readonly RawTree Empty = new(nint.Zero, null, 0);

    private readonly byte* _data;
    private readonly int _length;
    private nint _handle;

    private RawTree(nint handle, byte* data, int length)
    {
        _handle = handle;
        _data = data;
        _length = length;
    }

    public ReadOnlySpan<byte> Data => new(_data, _length);

    /// <summary>Gets the memory the tree holds, for the cache's budget.</summary>
    public int Weight => _length + 96;

    /// <summary>Takes ownership of a tree object read from the object database.</summary>
    public static RawTree Own(nint handle)
    {
        return new RawTree(
            handle, NativeGit.OdbObjectData(handle), checked((int)NativeGit.OdbObjectSize(handle)));
    }

    public void Dispose()
    {
        if (_handle != nint.Zero)
        {
            NativeGit.OdbObjectFree(_handle);
            _handle = nint.Zero;
        }
    }
}
