using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;

namespace TruckFactor.Analysis.Tests.Mining.Raw.Packs;

/// <summary>
/// Writes pack and index files byte by byte from the format description (git's pack-format.txt), for cases git
/// will not write itself: a delta whose base is in another pack, offsets past 2 GiB in an index.
/// </summary>
internal static class HandBuiltPack
{
    private const int ReferenceDelta = 7;

    /// <summary>A pack of one REF_DELTA entry on <paramref name="baseId"/>; returns the entry's offset.</summary>
    public static long WriteReferenceDelta(string packPath, byte[] baseId, byte[] delta)
    {
        using var pack = new MemoryStream();
        pack.Write("PACK"u8);
        WriteUInt32(pack, 2);
        WriteUInt32(pack, 1);
        var offset = pack.Position;
        WriteEntryHeader(pack, ReferenceDelta, delta.Length);
        pack.Write(baseId);
        pack.Write(Deflate(delta));

        // The trailer is the SHA-1 of everything before it, as the format requires.
#pragma warning disable CA5350 // Git's pack checksum is SHA-1 by format, not a security choice.
        pack.Write(SHA1.HashData(pack.ToArray()));
#pragma warning restore CA5350
        File.WriteAllBytes(packPath, pack.ToArray());
        return offset;
    }

    /// <summary>
    /// A version 2 index of the given ids and offsets; offsets of 2 GiB and more go to the large-offset table.
    /// </summary>
    public static void WriteIndex(string indexPath, IReadOnlyList<(byte[] Id, long Offset)> entries)
    {
        var sorted = entries.OrderBy(e => Convert.ToHexString(e.Id), StringComparer.Ordinal).ToList();
        using var index = new MemoryStream();
        WriteUInt32(index, 0xff744f63);
        WriteUInt32(index, 2);
        for (var first = 0; first < 256; first++)
        {
            WriteUInt32(index, (uint)sorted.Count(e => e.Id[0] <= first));
        }

        sorted.ForEach(e => index.Write(e.Id));
        sorted.ForEach(_ => WriteUInt32(index, 0));
        var large = new List<long>();
        foreach (var (_, offset) in sorted)
        {
            if (offset < 0x8000_0000L)
            {
                WriteUInt32(index, (uint)offset);
                continue;
            }

            WriteUInt32(index, 0x8000_0000u | (uint)large.Count);
            large.Add(offset);
        }

        Span<byte> wide = stackalloc byte[8];
        foreach (var offset in large)
        {
            BinaryPrimitives.WriteInt64BigEndian(wide, offset);
            index.Write(wide);
        }

        index.Write(new byte[40]);
        File.WriteAllBytes(indexPath, index.ToArray());
    }

    private static void WriteEntryHeader(Stream stream, int type, long size)
    {
        var next = (byte)((type << 4) | (int)(size & 0x0f));
        size >>= 4;
        while (size != 0)
        {
            stream.WriteByte((byte)(next | 0x80));
            next = (byte)(size & 0x7f);
            size >>= 7;
        }

        stream.WriteByte(next);
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    private static void WriteUInt32(Stream stream, uint value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        stream.Write(bytes);
    }
}
