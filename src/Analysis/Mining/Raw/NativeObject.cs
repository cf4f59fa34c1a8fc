namespace TruckFactor.Analysis.Mining.Raw;

/// <summary>
/// One object read from libgit2's object database (outside the packs read in C#); its bytes stay valid until it is
/// disposed.
/// </summary>
internal readonly unsafe struct NativeObject : IDisposable
{
    private readonly nint _handle;

    public NativeObject(nint handle)
    {
        _handle = handle;
    }

    /// <summary>Gets a value indicating whether an object was read (false for the default value).</summary>
    public bool IsRead => _handle != nint.Zero;

    public int Type => NativeGit.OdbObjectType(_handle);

    public ReadOnlySpan<byte> Data =>
        new(NativeGit.OdbObjectData(_handle), checked((int)NativeGit.OdbObjectSize(_handle)));

    public void Dispose()
    {
        if (_handle != nint.Zero)
        {
            NativeGit.OdbObjectFree(_handle);
        }
    }
}
