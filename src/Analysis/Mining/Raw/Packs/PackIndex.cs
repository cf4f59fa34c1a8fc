using System.Buffers.Binary;

namespace TruckFactor.Analysis.Mining.Raw.Packs;

/// <summary>
/// A pack's index file (version 2): a fan-out table by first byte, the sorted object ids, and each object's offset
/// in the pack. Lookups binary-search the mapped file in place, as git does, so opening costs no parsing.
/// </summary>
internal sealed unsafe class PackIndex : IDisposable
{
    private const uint Magic = 0xff744f63;

    private const int FanoutEntries = 256;

    private const int HeaderBytes = 8;

    private readonly MappedFile _file;
    private readonly byte* _fanout;
    private readonly byte* _ids;
    private readonly byte* _offsets;
    private readonly byte* _largeOffsets;
    private readonly int _largeOffsetCount;

    private PackIndex(MappedFile file, int count)
    {
        _file = file;
        Count = count;
        _fanout = file.Pointer + HeaderBytes;
        _ids = _fanout + (FanoutEntries * 4);
        _offsets = _ids + ((long)count * (ObjectKey.Length + 4));
        _largeOffsets = _offsets + ((long)count * 4);
        _largeOffsetCount = (int)((file.Length - ((_largeOffsets - file.Pointer) + (2 * ObjectKey.Length))) / 8);
    }

    public int Count { get; }

    /// <summary>Opens an index; null unless it is a well-formed version 2 index (libgit2 then reads the pack).
    /// </summary>
    public static PackIndex? Open(string path)
    {
        var file = MappedFile.Open(path);
        if (file is null)
        {
            return null;
        }

        var data = new ReadOnlySpan<byte>(file.Pointer, (int)Math.Min(file.Length, HeaderBytes + (FanoutEntries * 4)));
        var count = data.Length == HeaderBytes + (FanoutEntries * 4)
            && BinaryPrimitives.ReadUInt32BigEndian(data) == Magic
            && BinaryPrimitives.ReadUInt32BigEndian(data[4..]) == 2
                ? BinaryPrimitives.ReadUInt32BigEndian(data[^4..])
                : uint.MaxValue;
        var minimum = HeaderBytes + (FanoutEntries * 4L) + (count * (ObjectKey.Length + 8L)) + (2 * ObjectKey.Length);
        if (count > int.MaxValue || file.Length < minimum)
        {
            file.Dispose();
            return null;
        }

        return new PackIndex(file, (int)count);
    }

    /// <summary>Finds an object's offset in the pack; -1 when the pack does not hold it.</summary>
    /// <exception cref="InvalidDataException">The index names an offset outside its own table.</exception>
    public long Find(ReadOnlySpan<byte> id)
    {
        // Clamped to the table, so a damaged fan-out cannot send the search outside the mapped file.
        var first = id[0];
        var low = first == 0 ? 0 : (int)Math.Min(ReadUInt32(_fanout + ((first - 1) * 4)), (uint)Count);
        var high = (int)Math.Min(ReadUInt32(_fanout + (first * 4)), (uint)Count);
        var key = BinaryPrimitives.ReadUInt64BigEndian(id);

        // Ids are uniformly spread, so a guess proportional to the key lands within a few entries; each probe of
        // a binary search is a cache miss in an index of tens of megabytes.
        if (high - low > 8)
        {
            var lowKey = KeyAt(low);
            var highKey = KeyAt(high - 1);
            if (key >= lowKey && key <= highKey && highKey > lowKey)
            {
                var guess = low + (int)((UInt128)(key - lowKey) * (ulong)(high - 1 - low) / (highKey - lowKey));
                (low, high) = Narrow(key, guess, low, high);
            }
        }

        while (low < high)
        {
            var middle = (int)((uint)(low + high) >> 1);
            var order = Compare(middle, key, id);
            if (order == 0)
            {
                return OffsetAt(middle);
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return -1;
    }

    public void ReleasePages() => _file.Release();

    public void Dispose() => _file.Dispose();

    private long OffsetAt(int position)
    {
        var offset = ReadUInt32(_offsets + ((long)position * 4));
        if ((offset & 0x8000_0000) == 0)
        {
            return offset;
        }

        // Offsets past 2 GiB live in a second table of 64-bit values, pointed to by the low 31 bits.
        var large = (int)(offset & 0x7fff_ffff);
        if (large >= _largeOffsetCount)
        {
            throw new InvalidDataException("A pack index points past its table of large offsets.");
        }

        return (long)BinaryPrimitives.ReadUInt64BigEndian(new ReadOnlySpan<byte>(_largeOffsets + (large * 8L), 8));
    }

    /// <summary>
    /// Widens a window around a guess until it brackets every entry whose first eight bytes equal the key (ids may
    /// share them), doubling the step each time.
    /// </summary>
    private (int Low, int High) Narrow(ulong key, int guess, int low, int high)
    {
        var step = 4;
        var start = guess;
        while (start > low && KeyAt(start) >= key)
        {
            start = Math.Max(low, start - step);
            step <<= 1;
        }

        step = 4;
        var end = guess + 1;
        while (end < high && KeyAt(end - 1) <= key)
        {
            end = Math.Min(high, end + step);
            step <<= 1;
        }

        return (start, end);
    }

    private ulong KeyAt(int position) =>
        BinaryPrimitives.ReadUInt64BigEndian(new ReadOnlySpan<byte>(_ids + ((long)position * ObjectKey.Length), 8));

    private int Compare(int position, ulong key, ReadOnlySpan<byte> id)
    {
        var found = KeyAt(position);
        return found != key
            ? found.CompareTo(key)
            : new ReadOnlySpan<byte>(_ids + ((long)position * ObjectKey.Length) + 8, ObjectKey.Length - 8)
                .SequenceCompareTo(id[8..]);
    }

    private static uint ReadUInt32(byte* at) => BinaryPrimitives.ReadUInt32BigEndian(new ReadOnlySpan<byte>(at, 4));
}
