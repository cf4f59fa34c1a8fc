using TruckFactor.Analysis.Mining.Raw.Packs;

namespace TruckFactor.Analysis.Tests.Mining.Raw.Packs;

/// <summary>
/// <see cref="Delta"/> on deltas written byte by byte from git's format description (pack-format.txt, "Deltified
/// representation"); each expected result is worked out by hand from the instructions.
/// </summary>
public sealed class DeltaTests
{
    private static readonly byte[] Source = [.. "0123456789abcdefghijklmnopqrstuvwxyz"u8];

    [Theory]
    [InlineData(new byte[] { 0x91, 10, 3 }, "abc")]
    [InlineData(new byte[] { 0x90, 4 }, "0123")]
    [InlineData(new byte[] { 0x93, 0, 0, 2 }, "01")]
    [InlineData(new byte[] { 0x95, 2, 0, 5 }, "23456")]
    [InlineData(new byte[] { 0xb1, 30, 6, 0 }, "uvwxyz")]
    [InlineData(new byte[] { 0x9f, 35, 0, 0, 0, 1 }, "z")]
    public void Apply_CopyWithOffsetAndSizeFlags_CopiesThatRange(byte[] command, string expected)
    {
        // Flags 0x01-0x08 say which offset bytes follow, 0x10-0x40 which size bytes (low byte first); a flag with
        // a zero byte still consumes it.
        var result = Run(Source, [.. Header(Source.Length, expected.Length), .. command]);

        Assert.Equal(expected, System.Text.Encoding.ASCII.GetString(result));
    }

    [Fact]
    public void Apply_SecondOffsetByte_ShiftedByEight()
    {
        // Offset 0x0102 (flags 0x01 and 0x02), size 3: the bytes at 258, 259, 260.
        var source = Numbered(300);

        var result = Run(source, [.. Header(300, 3), 0x93, 0x02, 0x01, 3]);

        Assert.Equal(source[258..261], result);
    }

    [Fact]
    public void Apply_ThirdAndFourthOffsetBytes_ShiftedBySixteenAndTwentyFour()
    {
        // Offset 0x01020304 needs all four bytes; the base is a little over 16 MiB so that offset is inside it.
        var source = Numbered(0x0102_0304 + 8);

        var result = Run(source, [.. Header(source.Length, 4), 0x9f, 0x04, 0x03, 0x02, 0x01, 4]);

        Assert.Equal(source[0x0102_0304..0x0102_0308], result);
    }

    [Fact]
    public void Apply_SecondAndThirdSizeBytes_ShiftedByEightAndSixteen()
    {
        // Size 0x010203 (flags 0x10, 0x20 and 0x40) from offset 1.
        var source = Numbered(0x010203 + 10);

        var result = Run(source, [.. Header(source.Length, 0x010203), 0xf1, 1, 0x03, 0x02, 0x01]);

        Assert.Equal(source[1..0x010204], result);
    }

    [Theory]
    [InlineData(new byte[] { 0x80 }, 0)]
    [InlineData(new byte[] { 0x81, 5 }, 5)]
    public void Apply_CopySizeZero_Copies64KiB(byte[] command, int offset)
    {
        var source = Numbered(0x10000 + 5);

        var result = Run(source, [.. Header(source.Length, 0x10000), .. command]);

        Assert.Equal(source[offset..(offset + 0x10000)], result);
    }

    [Fact]
    public void Apply_InsertsAndCopiesMixed_ConcatenatedInOrder()
    {
        // Insert "AB", copy "klm" (offset 20, size 3), insert 127 bytes (the longest insert), copy "0".
        var long127 = Enumerable.Repeat((byte)'x', 127).ToArray();
        byte[] delta = [.. Header(Source.Length, 2 + 3 + 127 + 1), 2, (byte)'A', (byte)'B', 0x91, 20, 3,
            127, .. long127, 0x90, 1];

        var result = Run(Source, delta);

        Assert.Equal([.. "ABklm"u8, .. long127, (byte)'0'], result);
    }

    [Fact]
    public void Apply_EmptyResult_NothingWritten()
    {
        Assert.Empty(Run(Source, Header(Source.Length, 0)));
    }

    [Theory]
    [InlineData(new byte[] { 0x00 })]
    [InlineData(new byte[] { 0x91, 34, 3 })]
    [InlineData(new byte[] { 0x91, 36, 1 })]
    [InlineData(new byte[] { 0x80 })]
    [InlineData(new byte[] { 0x93, 0, 1, 1 })]
    [InlineData(new byte[] { 0x91, 10 })]
    [InlineData(new byte[] { 0x03, (byte)'a', (byte)'b' })]
    [InlineData(new byte[] { 0x04, (byte)'a', (byte)'b', (byte)'c', (byte)'d' })]
    [InlineData(new byte[] { 0x02, (byte)'a', (byte)'b' })]
    public void Apply_BrokenInstructions_ThrowsInvalidData(byte[] instructions)
    {
        // In order: the reserved instruction 0; copies running past the base's end (34 + 3 > 36, offset 36,
        // 64 KiB, offset 256); a copy cut short before its size byte; an insert longer than the delta; an insert
        // longer than the announced result (3); a delta ending with the result incomplete (2 of 3 bytes).
        byte[] delta = [.. Header(Source.Length, 3), .. instructions];

        Assert.Throws<InvalidDataException>(() => Run(Source, delta, 3));
    }

    [Theory]
    [InlineData(35, 3, 3)]
    [InlineData(37, 3, 3)]
    [InlineData(36, 3, 4)]
    [InlineData(36, 4, 3)]
    public void Apply_SizesNotMatchingBaseOrResult_ThrowsInvalidData(int baseSize, int resultSize, int resultLength)
    {
        byte[] delta = [.. Header(baseSize, resultSize), 0x91, 0, 3];

        Assert.Throws<InvalidDataException>(() => Run(Source, delta, resultLength));
    }

    [Theory]
    [InlineData(new byte[] { 0x24, 0x03 }, 36L, 3L, 2)]
    [InlineData(new byte[] { 0x80, 0x01, 0xff, 0x7f }, 128L, 16383L, 4)]
    [InlineData(new byte[] { 0x81, 0x80, 0x80, 0x80, 0x10, 0x00, 0x91 }, 0x1_0000_0001L, 0L, 6)]
    public void ReadSizes_Varints_LittleEndianSevenBits(byte[] delta, long baseSize, long resultSize, int length)
    {
        Assert.Equal((baseSize, resultSize, length), Delta.ReadSizes(delta));
    }

    [Theory]
    [InlineData(new byte[] { })]
    [InlineData(new byte[] { 0x24 })]
    [InlineData(new byte[] { 0x24, 0x80 })]
    [InlineData(new byte[] { 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01, 0x00 })]
    public void ReadSizes_CutShortOrTooLong_ThrowsInvalidData(byte[] delta)
    {
        Assert.Throws<InvalidDataException>(() => Delta.ReadSizes(delta));
    }

    private static byte[] Run(byte[] source, byte[] delta, int? resultLength = null)
    {
        var result = new byte[resultLength ?? (int)Delta.ReadSizes(delta).ResultSize];
        Delta.Apply(source, delta, result);
        return result;
    }

    private static byte[] Header(long baseSize, long resultSize) => [.. Varint(baseSize), .. Varint(resultSize)];

    private static List<byte> Varint(long value)
    {
        var bytes = new List<byte>();
        do
        {
            var next = (byte)(value & 0x7f);
            value >>= 7;
            bytes.Add(value == 0 ? next : (byte)(next | 0x80));
        }
        while (value != 0);
        return bytes;
    }

    private static byte[] Numbered(int length)
    {
        var bytes = new byte[length];
        for (var i = 0; i < length; i++)
        {
            bytes[i] = (byte)((i * 31) ^ (i >> 8) ^ (i >> 16));
        }

        return bytes;
    }
}
