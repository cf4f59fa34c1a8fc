namespace TruckFactor.Analysis.Mining;

/// <summary>
/// A blob's content fingerprint as git's rename detection computes it (diffcore-delta): the content is cut into
/// spans that end at a newline or after 64 bytes, each span is hashed, and the bytes per hash are counted.
/// An unterminated last span is not counted, as in git.
/// </summary>
internal sealed class SpanHash
{
    // Git's modulus for span hashes.
    private const uint HashBase = 107927;

    // Git ends a span after this many bytes even without a newline.
    private const int MaxSpan = 64;

    // Git looks for a NUL byte in this many leading bytes to call content binary.
    private const int BinaryProbe = 8000;

    private readonly Dictionary<uint, int> _bytesByHash;

    private SpanHash(Dictionary<uint, int> bytesByHash)
    {
        _bytesByHash = bytesByHash;
    }

    /// <summary>Fingerprints content; CR of CRLF is ignored in text, as git does.</summary>
    public static SpanHash Compute(ReadOnlySpan<byte> data)
    {
        var isText = data[..Math.Min(data.Length, BinaryProbe)].IndexOf((byte)0) < 0;
        var counts = new Dictionary<uint, int>();
        uint accum1 = 0, accum2 = 0;
        var n = 0;
        for (var i = 0; i < data.Length; i++)
        {
            uint c = data[i];
            var old1 = accum1;
            if (isText && c == '\r' && i + 1 < data.Length && data[i + 1] == '\n')
            {
                continue;
            }

            accum1 = (accum1 << 7) ^ (accum2 >> 25);
            accum2 = (accum2 << 7) ^ (old1 >> 25);
            accum1 += c;
            if (++n < MaxSpan && c != '\n')
            {
                continue;
            }

            Add(counts, (accum1 + (accum2 * 0x61)) % HashBase, n);
            n = 0;
            accum1 = accum2 = 0;
        }

        // Git drops the last span when the content does not end with a newline; so do we, to score alike.
        return new SpanHash(counts);
    }

    /// <summary>Counts the bytes of this (source) content that reappear in <paramref name="destination"/>.</summary>
    public long CopiedInto(SpanHash destination)
    {
        long copied = 0;
        foreach (var (hash, count) in _bytesByHash)
        {
            if (destination._bytesByHash.TryGetValue(hash, out var other))
            {
                copied += Math.Min(count, other);
            }
        }

        return copied;
    }

    private static void Add(Dictionary<uint, int> counts, uint hash, int bytes)
    {
        counts[hash] = counts.GetValueOrDefault(hash) + bytes;
    }
}
