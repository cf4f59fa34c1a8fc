namespace TruckFactor.Analysis.Mining.Raw;

/// <summary>
/// One object's type and content, in a buffer from <see cref="ObjectBuffers"/> that goes back when the object is
/// disposed (or when a <see cref="RawTree"/> that took it is).
/// </summary>
internal readonly struct RawObject : IDisposable
{
    public const int CommitType = 1;

    public const int TreeType = 2;

    public const int BlobType = 3;

    public RawObject(int type, byte[] buffer, int length)
    {
        Type = type;
        Buffer = buffer;
        Length = length;
    }

    /// <summary>Gets a value indicating whether an object was read (false for the default value).</summary>
    public bool IsRead => Buffer is not null;

    public int Type { get; }

    /// <summary>Gets the pooled buffer; the content is its first <see cref="Length"/> bytes.</summary>
    public byte[] Buffer { get; }

    public int Length { get; }

    public ReadOnlySpan<byte> Data => Buffer.AsSpan(0, Length);

    /// <summary>Copies bytes into a new pooled object.</summary>
    public static RawObject Copy(int type, ReadOnlySpan<byte> data)
    {
        var buffer = ObjectBuffers.Rent(data.Length);
        data.CopyTo(buffer);
        return new RawObject(type, buffer, data.Length);
    }

    public void Dispose()
    {
        if (Buffer is not null)
        {
            ObjectBuffers.Return(Buffer);
        }
    }
}
