using System.Buffers.Binary;
using TruckFactor.Analysis.Mining.Raw.Packs;

namespace TruckFactor.Analysis.Tests.Mining.Raw.Packs;

/// <summary>
/// <see cref="PackIndex"/> on version 2 indexes written by hand from the format description, so offsets past
/// 2 GiB (which only a pack of that size would make git write) and crowded id ranges can be chosen. The expected
/// offset of each id is the one written.
/// </summary>
public sealed class PackIndexTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "tf-idx-" + Guid.NewGuid().ToString("N")[..12]);

    public PackIndexTests()
    {
        Directory.CreateDirectory(_folder);
    }

    [Fact]
    public void Find_ManyIdsWithLargeOffsets_EachWrittenOffset()
    {
        // Random ids spread the interpolation guess; every seventh offset is past 2 GiB.
        var random = new Random(11);
        var entries = new List<(byte[] Id, long Offset)>();
        for (var i = 0; i < 3000; i++)
        {
            var id = new byte[20];
            random.NextBytes(id);
            entries.Add((id, i % 7 == 0 ? 0x8000_0000L + (i * 0x1_0000_0001L) : 12 + (i * 97L)));
        }

        entries.Add((Filled(0x00), 0x7fff_ffffL));
        entries.Add((Filled(0xff), 0x8000_0000L));
        var path = Write(entries);

        using var index = PackIndex.Open(path);

        Assert.NotNull(index);
        Assert.Equal(entries.Count, index.Count);
        Assert.All(entries, e => Assert.Equal(e.Offset, index.Find(e.Id)));
    }

    [Fact]
    public void Find_IdsSharingFirstEightBytes_EachWrittenOffset()
    {
        // 1000 random ids, plus 16 ids that agree in bytes 0-7 and differ in byte 8. The search interpolates on
        // the first 8 bytes, so all 16 get the same guess; each must still be found by its whole id.
        var random = new Random(13);
        var entries = new List<(byte[] Id, long Offset)>();
        for (var i = 0; i < 1000; i++)
        {
            var id = new byte[20];
            random.NextBytes(id);
            entries.Add((id, 12 + i));
        }

        var twins = Enumerable.Range(0, 16)
            .Select(i => Convert.FromHexString($"8000000000000000{i * 16:x2}" + new string('1', 22)))
            .ToList();
        twins.ForEach(t => entries.Add((t, 5000 + t[8])));
        var path = Write(entries);

        using var index = PackIndex.Open(path);

        Assert.NotNull(index);
        Assert.All(twins, t => Assert.Equal(5000 + t[8], index.Find(t)));
    }

    [Fact]
    public void Find_AbsentIds_MinusOne()
    {
        var random = new Random(12);
        var entries = new List<(byte[] Id, long Offset)>();
        for (var i = 0; i < 500; i++)
        {
            var id = new byte[20];
            random.NextBytes(id);
            entries.Add((id, 12 + i));
        }

        var path = Write(entries);

        using var index = PackIndex.Open(path);

        Assert.NotNull(index);
        foreach (var (id, _) in entries)
        {
            // Same first 19 bytes, last byte changed: found only by comparing the whole id.
            var neighbour = (byte[])id.Clone();
            neighbour[19] ^= 1;
            Assert.Equal(-1, index.Find(neighbour));
        }

        Assert.Equal(-1, index.Find(Filled(0x00)));
        Assert.Equal(-1, index.Find(Filled(0xff)));
    }

    [Fact]
    public void Find_LargeOffsetPointerPastItsTable_ThrowsInvalidData()
    {
        var id = Filled(0x42);
        var path = Write([(id, 0x1_0000_0000L)]);
        var bytes = File.ReadAllBytes(path);

        // Header (8), fan-out (1024), one id (20), one CRC (4): then the offset, pointing to large entry 5 of 1.
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(8 + 1024 + 20 + 4), 0x8000_0005);
        File.WriteAllBytes(path, bytes);

        using var index = PackIndex.Open(path);

        Assert.NotNull(index);
        Assert.Throws<InvalidDataException>(() => index.Find(id));
    }

    [Theory]
    [InlineData(1u)]
    [InlineData(3u)]
    public void Open_OtherVersion_Null(uint version)
    {
        var path = Write([(Filled(0x10), 12L)]);
        var bytes = File.ReadAllBytes(path);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(4), version);
        File.WriteAllBytes(path, bytes);

        Assert.Null(PackIndex.Open(path));
    }

    [Fact]
    public void Open_CutShort_Null()
    {
        var path = Write([(Filled(0x10), 12L), (Filled(0x20), 40L)]);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^41]);

        Assert.Null(PackIndex.Open(path));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static byte[] Filled(byte value) => Enumerable.Repeat(value, 20).ToArray();

    private string Write(IReadOnlyList<(byte[] Id, long Offset)> entries)
    {
        var path = Path.Combine(_folder, $"pack-{Guid.NewGuid():N}.idx");
        HandBuiltPack.WriteIndex(path, entries);
        return path;
    }
}
