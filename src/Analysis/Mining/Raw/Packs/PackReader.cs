namespace TruckFactor.Analysis.Mining.Raw.Packs;

/// <summary>
/// Reads objects straight from a repository's pack files: finds them in the mapped indexes, inflates entries with
/// one reused zlib stream, and resolves delta chains on top of a cache of recent bases. Objects outside the packs
/// (loose objects, alternates, packs in another format) are not found here; the caller asks libgit2 for those.
/// One reader serves one thread; readers of the same run share a <see cref="PackSet"/>.
/// </summary>
internal sealed unsafe class PackReader : IDisposable
{
    // Far beyond git's own limit (50 by default, 4,095 at most), so only a cycle in a damaged pack stops a read.
    private const int LongestChain = 10_000;

    private const int OffsetBits = 48;

    private readonly PackSet _packs;
    private readonly bool _ownsPacks;
    private ZlibInflater? _inflater;
    private readonly DeltaBaseCache _cache;
    private readonly List<List<PackEntry>> _chains = [];
    private int _depth;

    /// <summary>Initialises a reader of packs shared with other readers; the caller disposes them.</summary>
    public PackReader(PackSet packs, long cacheBytes)
        : this(packs, cacheBytes, ownsPacks: false)
    {
    }

    private PackReader(PackSet packs, long cacheBytes, bool ownsPacks)
    {
        _packs = packs;
        _ownsPacks = ownsPacks;
        _cache = new DeltaBaseCache(cacheBytes);
    }

    /// <summary>Gets how many packs a reader can tell apart in its cache keys.</summary>
    public static int MaxPacks => 1 << (63 - OffsetBits);

    public int PackCount => _packs.Count;

    // Made on first use: a reader over no packs (see PackSet.Open) never needs zlib.
    private ZlibInflater Inflater => _inflater ??= new ZlibInflater();

    /// <summary>Opens every pack under an objects folder that this reader understands, for this reader alone.</summary>
    public static PackReader Open(string objectsDirectory, long cacheBytes)
    {
        return new PackReader(PackSet.Open(objectsDirectory), cacheBytes, ownsPacks: true);
    }

    /// <summary>Reads an object; false when no pack holds it.</summary>
    /// <exception cref="InvalidDataException">The pack holding it is damaged.</exception>
    /// <exception cref="MissingObjectException">A delta's base is in no pack.</exception>
    public bool TryRead(ObjectKey id, out RawObject result)
    {
        result = TryLocate(id, out var pack, out var offset) ? Read(pack, offset) : default;
        return result.IsRead;
    }

    /// <summary>Reads an object's size, inflating at most a delta's first bytes; null when no pack holds it.</summary>
    /// <exception cref="InvalidDataException">The pack holding it is damaged.</exception>
    public long? Size(ObjectKey id)
    {
        if (!TryLocate(id, out var number, out var offset))
        {
            return null;
        }

        if (_cache.TryGet(Key(number, offset), out var cached))
        {
            return cached.Length;
        }

        var pack = _packs[number];
        var entry = pack.ReadEntry(offset);
        if (!entry.IsDelta)
        {
            return entry.Size;
        }

        // Two base-128 numbers of at most ten bytes each open a delta: its base's size, then its result's.
        var prefix = stackalloc byte[20];
        var length = Inflater.InflatePrefix(
            pack.Data + entry.DataStart, pack.End - entry.DataStart, prefix, (int)Math.Min(entry.Size, 20));
        return Delta.ReadSizes(new ReadOnlySpan<byte>(prefix, length)).ResultSize;
    }

    public void Dispose()
    {
        _cache.Clear();
        _inflater?.Dispose();
        if (_ownsPacks)
        {
            _packs.Dispose();
        }
    }

    private static long Key(int pack, long offset) => ((long)pack << OffsetBits) | offset;

    private RawObject Read(int packNumber, long offset)
    {
        if (_depth == _chains.Count)
        {
            _chains.Add([]);
        }

        var chain = _chains[_depth];
        chain.Clear();
        _depth++;
        try
        {
            var (current, currentKey, cached) = FindBase(packNumber, offset, chain);
            return ApplyChain(packNumber, chain, current, currentKey, cached);
        }
        finally
        {
            _depth--;
        }
    }

    /// <summary>
    /// Follows an entry's deltas back to the nearest object at hand: a cached base, a whole entry, or a base held
    /// by another pack. The deltas passed on the way are left in <paramref name="chain"/>, nearest the object last.
    /// </summary>
    private (RawObject Base, long Key, bool Cached) FindBase(int packNumber, long offset, List<PackEntry> chain)
    {
        var pack = _packs[packNumber];
        var position = offset;
        while (true)
        {
            var key = Key(packNumber, position);
            if (_cache.TryGet(key, out var hit))
            {
                return (new RawObject(hit.Type, hit.Buffer, hit.Length), key, true);
            }

            var entry = pack.ReadEntry(position);
            if (!entry.IsDelta)
            {
                return (Inflate(pack, entry, entry.Type), key, false);
            }

            chain.Add(entry);
            if (chain.Count > LongestChain)
            {
                throw new InvalidDataException($"Pack {pack.Path} has a delta chain with no end at {offset}.");
            }

            position = entry.Type == PackEntry.OffsetDelta ? entry.BaseOffset : pack.Find(entry.BaseId);
            if (position >= 0)
            {
                continue;
            }

            // A base kept in another pack (a thin pack completed elsewhere) is read whole and not cached here.
            if (!TryRead(entry.BaseId, out var elsewhere))
            {
                throw new MissingObjectException($"The delta base {entry.BaseId} is in no pack.");
            }

            return (elsewhere, -1, false);
        }
    }

    private RawObject ApplyChain(int packNumber, List<PackEntry> chain, RawObject current, long key, bool cached)
    {
        var pack = _packs[packNumber];
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            var entry = chain[i];
            using var delta = Inflate(pack, entry, 0);
            var resultSize = Delta.ReadSizes(delta.Data).ResultSize;
            if (resultSize > Array.MaxLength)
            {
                throw new InvalidDataException($"Pack {pack.Path} has an object too large to read at {entry.Offset}.");
            }

            var result = ObjectBuffers.Rent((int)resultSize);
            Delta.Apply(current.Data, delta.Data, result.AsSpan(0, (int)resultSize));

            // The base just used is kept for the next read of its chain, as git's own delta-base cache does.
            var kept = cached
                || (key >= 0 && _cache.Add(key, new CachedObject(key, current.Type, current.Buffer, current.Length)));
            if (!kept)
            {
                current.Dispose();
            }

            current = new RawObject(current.Type, result, (int)resultSize);
            (key, cached) = (Key(packNumber, entry.Offset), false);
        }

        return cached ? RawObject.Copy(current.Type, current.Data) : current;
    }

    /// <summary>Finds the first pack holding an object, newest pack first.</summary>
    private bool TryLocate(ObjectKey id, out int pack, out long offset)
    {
        Span<byte> raw = stackalloc byte[ObjectKey.Length];
        id.CopyTo(raw);
        for (pack = 0; pack < _packs.Count; pack++)
        {
            offset = _packs[pack].Find(raw);
            if (offset >= 0)
            {
                return true;
            }
        }

        offset = -1;
        return false;
    }

    private RawObject Inflate(PackFile pack, PackEntry entry, int type)
    {
        if (entry.Size > Array.MaxLength)
        {
            throw new InvalidDataException($"Pack {pack.Path} has an entry too large to read at {entry.Offset}.");
        }

        var buffer = ObjectBuffers.Rent((int)entry.Size);
        fixed (byte* output = buffer)
        {
            Inflater.Inflate(pack.Data + entry.DataStart, pack.End - entry.DataStart, output, (int)entry.Size);
        }

        _packs.Touch(pack, entry.Offset, entry.DataStart + Inflater.LastConsumed);

        return new RawObject(type, buffer, (int)entry.Size);
    }
}
