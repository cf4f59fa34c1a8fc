using TruckFactor.Analysis.Mining.Raw;
using TruckFactor.Analysis.Mining.Raw.Packs;
using TruckFactor.Analysis.Tests.Support;

namespace TruckFactor.Analysis.Tests.Mining.Raw.Packs;

/// <summary>
/// <see cref="PackReader"/> against git itself: every object's type and bytes as <c>git cat-file --batch</c> prints
/// them and its size as <c>git cat-file -s</c> reports it, on packs git wrote with offset deltas, with reference
/// deltas, split over several packs and loose files, and damaged by hand.
/// </summary>
public sealed class PackReaderTests
{
    private const long CacheBytes = 64L << 20;

    [Theory]
    [InlineData(0L)]
    [InlineData(4096L)]
    [InlineData(CacheBytes)]
    public void TryRead_RepackedWithOffsetDeltas_EveryObjectEqualsCatFile(long cacheBytes)
    {
        // Read twice, the second time newest first, so bases come from the cache (or, with no budget, never do).
        using var fixture = PackedHistory.Create();
        fixture.Git("repack", "-adfq", "--depth=50", "--window=250");
        var entries = PackedHistory.Entries(fixture);
        var expected = CatFile.All(fixture);

        using var reader = PackReader.Open(PackedHistory.ObjectsDirectory(fixture), cacheBytes);

        Assert.True(entries.Max(e => e.Depth) >= 10, "git wrote no long delta chains");
        Assert.Contains(entries, e => e.Depth > 0 && PackedHistory.EntryType(e.PackPath, e.Offset) == 6);
        Assert.Contains(expected, o => o.Type == 4);
        Assert.Contains(expected, o => o.Content.Length == 0);
        Assert.Contains(expected, o => o.Content.Length > 0x10000);
        Assert.Empty(CatFile.LooseIds(fixture));
        AssertReadsAll(reader, expected);
        AssertReadsAll(reader, Enumerable.Reverse(expected));
    }

    [Fact]
    public void Size_RepackedWithOffsetDeltas_EqualsCatFileSize()
    {
        using var fixture = PackedHistory.Create();
        fixture.Git("repack", "-adfq", "--depth=50", "--window=250");
        var expected = CatFile.All(fixture);

        using var reader = PackReader.Open(PackedHistory.ObjectsDirectory(fixture), CacheBytes);

        // Sizes of deltas are asked before and after the object (and its bases) sit in the cache.
        foreach (var gitObject in expected)
        {
            Assert.Equal(CatFile.Size(fixture, gitObject.Id), reader.Size(CatFile.Key(gitObject.Id)));
        }

        AssertReadsAll(reader, expected);
        Assert.All(expected, o => Assert.Equal(o.Content.Length, reader.Size(CatFile.Key(o.Id))));
    }

    [Fact]
    public void TryRead_ReferenceDeltas_EveryObjectEqualsCatFile()
    {
        // Without useDeltaBaseOffset, pack-objects names each base by its id (REF_DELTA) instead of its offset.
        using var fixture = PackedHistory.Create();
        fixture.Git("-c", "repack.useDeltaBaseOffset=false", "repack", "-adfq", "--depth=50", "--window=250");
        var entries = PackedHistory.Entries(fixture);
        var expected = CatFile.All(fixture);

        using var reader = PackReader.Open(PackedHistory.ObjectsDirectory(fixture), CacheBytes);

        var deltas = entries.Where(e => e.Depth > 0).ToList();
        Assert.NotEmpty(deltas);
        Assert.All(deltas, e => Assert.Equal(7, PackedHistory.EntryType(e.PackPath, e.Offset)));
        AssertReadsAll(reader, expected);
        Assert.All(expected, o => Assert.Equal(CatFile.Size(fixture, o.Id), reader.Size(CatFile.Key(o.Id))));
    }

    [Fact]
    public void TryRead_SeveralPacksAndLooseObjects_PackedEqualCatFileLooseFalse()
    {
        // One full pack, one incremental pack (git repack without -a), then commits left loose.
        using var fixture = PackedHistory.Create(12);
        fixture.Git("repack", "-adq");
        fixture.WriteFile("docs/long.txt", "replaced\n").Commit(Person.Alice);
        fixture.Git("repack", "-dq");
        fixture.WriteFile("loose.txt", "loose\n").Commit(Person.Bob);
        var expected = CatFile.All(fixture);
        var loose = CatFile.LooseIds(fixture).ToHashSet();

        using var reader = PackReader.Open(PackedHistory.ObjectsDirectory(fixture), CacheBytes);

        Assert.Equal(2, reader.PackCount);
        Assert.NotEmpty(loose);
        Assert.All(loose, id => Assert.False(reader.TryRead(CatFile.Key(id), out _)));
        Assert.All(loose, id => Assert.Null(reader.Size(CatFile.Key(id))));
        AssertReadsAll(reader, expected.Where(o => !loose.Contains(o.Id)));
    }

    [Fact]
    public void TryRead_AbsentObject_FalseAndNoSize()
    {
        using var fixture = PackedHistory.Create(3);
        fixture.Git("repack", "-adq");
        var absent = CatFile.Key(new string('0', 39) + "1");
        var absentLast = CatFile.Key("ff" + new string('e', 38));

        using var reader = PackReader.Open(PackedHistory.ObjectsDirectory(fixture), CacheBytes);

        Assert.False(reader.TryRead(absent, out var result));
        Assert.False(result.IsRead);
        Assert.False(reader.TryRead(absentLast, out _));
        Assert.Null(reader.Size(absent));
    }

    [Fact]
    public void TryRead_NoPackFolder_FalseForEveryObject()
    {
        using var fixture = PackedHistory.Create(2);
        var someObject = CatFile.All(fixture)[0];

        using var reader = PackReader.Open(PackedHistory.ObjectsDirectory(fixture), CacheBytes);

        Assert.Equal(0, reader.PackCount);
        Assert.False(reader.TryRead(CatFile.Key(someObject.Id), out _));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TryRead_FlippedBytesInZlibData_ThrowsInvalidDataNeverWrongBytes(bool inDelta)
    {
        // Bytes in the middle of one entry's zlib data are inverted; zlib's Adler-32 check (or a broken Huffman
        // code) must surface as InvalidDataException for every object built from it, and every other object
        // must still equal what git printed before the damage.
        using var fixture = PackedHistory.Create();
        fixture.Git("repack", "-adfq", "--depth=50", "--window=250");
        var expected = CatFile.All(fixture);
        var target = PackedHistory.Entries(fixture)
            .Where(e => (e.Depth > 0) == inDelta && e.Type == "blob" && e.SizeInPack >= 64)
            .MaxBy(e => e.SizeInPack);
        Damage(target.PackPath, target.Offset + (target.SizeInPack / 2));

        using var reader = PackReader.Open(PackedHistory.ObjectsDirectory(fixture), CacheBytes);

        Assert.Throws<InvalidDataException>(() => reader.TryRead(CatFile.Key(target.Id), out _));
        var failed = new List<string>();
        foreach (var gitObject in expected)
        {
            try
            {
                AssertReadsAll(reader, [gitObject]);
            }
            catch (InvalidDataException)
            {
                failed.Add(gitObject.Id);
            }
        }

        Assert.Contains(target.Id, failed);
        Assert.True(failed.Count < expected.Count / 2, $"{failed.Count} of {expected.Count} objects failed");
    }

    [Fact]
    public void TryRead_ReferenceDeltaOnBaseInAnotherPack_BaseBytesThenInserted()
    {
        // A hand-built pack holds one REF_DELTA whose base is a blob in git's own pack: copy the whole base,
        // then insert a line. Expected: the base's bytes from git cat-file, then the inserted line.
        using var fixture = PackedHistory.Create(3);
        fixture.Git("repack", "-adq");
        var baseId = fixture.Git("rev-parse", "HEAD:src/file1.c").Trim();
        var baseBytes = CatFile.All(fixture).Single(o => o.Id == baseId).Content;
        byte[] inserted = [.. "appended\n"u8];
        byte[] delta = [(byte)baseBytes.Length, (byte)(baseBytes.Length + inserted.Length),
            0x90, (byte)baseBytes.Length, (byte)inserted.Length, .. inserted];
        byte[] result = [.. baseBytes, .. inserted];
        var resultId = fixture.Git(["hash-object", "--stdin"], System.Text.Encoding.UTF8.GetString(result)).Trim();
        var folder = Path.Combine(PackedHistory.ObjectsDirectory(fixture), "pack");
        var name = Path.Combine(folder, "pack-" + new string('a', 40));
        var offset = HandBuiltPack.WriteReferenceDelta(name + ".pack", Convert.FromHexString(baseId), delta);
        HandBuiltPack.WriteIndex(name + ".idx", [(Convert.FromHexString(resultId), offset)]);

        using var reader = PackReader.Open(PackedHistory.ObjectsDirectory(fixture), CacheBytes);

        Assert.Equal(2, reader.PackCount);
        Assert.True(reader.TryRead(CatFile.Key(resultId), out var found));
        using (found)
        {
            Assert.Equal(3, found.Type);
            Assert.Equal(result, found.Data.ToArray());
        }

        Assert.Equal(result.Length, reader.Size(CatFile.Key(resultId)));
    }

    [Fact]
    public void TryRead_ReferenceDeltaOnAbsentBase_ThrowsMissingObject()
    {
        using var fixture = PackedHistory.Create(1);
        var folder = Path.Combine(PackedHistory.ObjectsDirectory(fixture), "pack");
        Directory.CreateDirectory(folder);
        var name = Path.Combine(folder, "pack-" + new string('b', 40));
        var id = Convert.FromHexString("12" + new string('3', 38));
        var offset = HandBuiltPack.WriteReferenceDelta(name + ".pack", new byte[20], [1, 1, 0x90, 1, 1]);
        HandBuiltPack.WriteIndex(name + ".idx", [(id, offset)]);

        using var reader = PackReader.Open(PackedHistory.ObjectsDirectory(fixture), CacheBytes);

        Assert.Throws<MissingObjectException>(() => reader.TryRead(ObjectKey.Read(id), out _));
    }

    private static void AssertReadsAll(PackReader reader, IEnumerable<GitObject> expected)
    {
        foreach (var gitObject in expected)
        {
            Assert.True(reader.TryRead(CatFile.Key(gitObject.Id), out var found), gitObject.Id);
            using (found)
            {
                Assert.Equal(gitObject.Type, found.Type);
                Assert.True(gitObject.Content.AsSpan().SequenceEqual(found.Data), $"{gitObject.Id} differs");
            }
        }
    }

    private static void Damage(string packPath, long position)
    {
        // Git writes packs read-only.
        if (OperatingSystem.IsWindows())
        {
            File.SetAttributes(packPath, FileAttributes.Normal);
        }
        else
        {
            File.SetUnixFileMode(packPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        using var stream = new FileStream(packPath, FileMode.Open, FileAccess.ReadWrite);
        var bytes = new byte[4];
        stream.Position = position;
        stream.ReadExactly(bytes);
        stream.Position = position;
        stream.Write(bytes.Select(b => (byte)~b).ToArray());
    }
}
