namespace TruckFactor.Analysis.Mining.Raw.Packs;

/// <summary>One pack of a repository: its index and its data, both mapped read-only.</summary>
internal sealed unsafe class PackFile : IDisposable
{
    // The 12-byte header ("PACK", version, count) before the first entry, and the SHA-1 trailer after the last.
    private const int HeaderBytes = 12;

    private const int TrailerBytes = ObjectKey.Length;

    // The kernel maps a file's pages 64 KiB at a time around a fault (fault_around_bytes), so that is the unit
    // in which reading an entry makes the pack resident.
    private const int ChunkShift = 16;

    private readonly PackIndex _index;
    private readonly MappedFile _data;
    private readonly ulong[] _touched;

    private PackFile(PackIndex index, MappedFile data, string path)
    {
        _index = index;
        _data = data;
        Path = path;
        _touched = new ulong[(data.Length >> (ChunkShift + 6)) + 1];
    }

    public string Path { get; }

    /// <summary>Gets the end of the entries: everything before the trailing checksum.</summary>
    public long End => _data.Length - TrailerBytes;

    public byte* Data => _data.Pointer;

    /// <summary>Opens a pack by its index file; null when a file is missing or not in a format read here.</summary>
    public static PackFile? Open(string indexPath)
    {
        var packPath = System.IO.Path.ChangeExtension(indexPath, ".pack");
        if (!File.Exists(packPath))
        {
            return null;
        }

        var index = PackIndex.Open(indexPath);
        if (index is null)
        {
            return null;
        }

        var data = MappedFile.Open(packPath);
        var header = data is null ? [] : new ReadOnlySpan<byte>(data.Pointer, (int)Math.Min(data.Length, HeaderBytes));
        if (data is null || header.Length < HeaderBytes || !header[..4].SequenceEqual("PACK"u8)
            || header[7] is not (2 or 3))
        {
            data?.Dispose();
            index.Dispose();
            return null;
        }

        return new PackFile(index, data, packPath);
    }

    /// <summary>Finds an object's entry; -1 when this pack does not hold it.</summary>
    public long Find(ReadOnlySpan<byte> id) => _index.Find(id);

    /// <summary>Finds an object's entry by its key; -1 when this pack does not hold it.</summary>
    public long Find(ObjectKey id)
    {
        Span<byte> raw = stackalloc byte[ObjectKey.Length];
        id.CopyTo(raw);
        return _index.Find(raw);
    }

    /// <summary>Reads the entry header at an offset: type, size, and where its compressed data starts.</summary>
    /// <exception cref="InvalidDataException">The offset or the header is outside the pack.</exception>
    public PackEntry ReadEntry(long offset)
    {
        if (offset < HeaderBytes || offset >= End)
        {
            throw new InvalidDataException($"Pack {Path} has no entry at offset {offset}.");
        }

        var position = offset;
        int next = Data[position++];
        var type = (next >> 4) & 7;
        long size = next & 0x0f;
        for (var shift = 4; (next & 0x80) != 0; shift += 7)
        {
            next = Byte(ref position, shift > 60);
            size |= (long)(next & 0x7f) << shift;
        }

        var baseOffset = -1L;
        var baseId = default(ObjectKey);
        if (type == PackEntry.OffsetDelta)
        {
            // The base's distance back, in git's offset encoding: each continuation byte adds one before shifting.
            next = Byte(ref position, false);
            var distance = (long)(next & 0x7f);
            while ((next & 0x80) != 0)
            {
                next = Byte(ref position, distance > (long.MaxValue >> 8));
                distance = ((distance + 1) << 7) | (long)(next & 0x7f);
            }

            baseOffset = offset - distance;
            if (distance <= 0 || baseOffset < HeaderBytes)
            {
                throw new InvalidDataException($"Pack {Path} has a delta at {offset} whose base is outside the pack.");
            }
        }
        else if (type == PackEntry.ReferenceDelta)
        {
            if (position + ObjectKey.Length > End)
            {
                throw new InvalidDataException($"Pack {Path} is cut short at offset {offset}.");
            }

            baseId = ObjectKey.Read(new ReadOnlySpan<byte>(Data + position, ObjectKey.Length));
            position += ObjectKey.Length;
        }
        else if (type is 0 or 5 || size > int.MaxValue)
        {
            throw new InvalidDataException($"Pack {Path} has an entry of unknown type {type} at offset {offset}.");
        }

        return new PackEntry(offset, type, size, position, baseOffset, baseId);
    }

    /// <summary>Notes the bytes an entry's read touched; returns how many bytes that newly made resident.</summary>
    public long Touch(long start, long end)
    {
        var added = 0L;
        for (var chunk = start >> ChunkShift; chunk <= (end - 1) >> ChunkShift; chunk++)
        {
            // Readers on other threads mark the same words; a lost race only miscounts one chunk once.
            ref var word = ref _touched[chunk >> 6];
            var bit = 1UL << (int)(chunk & 63);
            if ((Volatile.Read(ref word) & bit) == 0)
            {
                Interlocked.Or(ref word, bit);
                added += 1L << ChunkShift;
            }
        }

        return added;
    }

    /// <summary>
    /// Hands the pages read so far, of the pack and of its index, back to the page cache (see
    /// <see cref="MappedFile.Release"/>).
    /// </summary>
    public void ReleasePages()
    {
        _data.Release();
        _index.ReleasePages();
        Array.Clear(_touched);
    }

    public void Dispose()
    {
        _data.Dispose();
        _index.Dispose();
    }

    private byte Byte(ref long position, bool tooLong)
    {
        if (tooLong || position >= End)
        {
            throw new InvalidDataException($"Pack {Path} has a malformed entry header near offset {position}.");
        }

        return Data[position++];
    }
}
