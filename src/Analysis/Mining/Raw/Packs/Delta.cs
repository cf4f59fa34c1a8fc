namespace TruckFactor.Analysis.Mining.Raw.Packs;

/// <summary>
/// Git's delta format: the base's size and the result's size as little-endian base-128 numbers, then instructions
/// that either copy a range of the base (high bit set; flags say which offset and size bytes follow) or insert the
/// next 1–127 bytes of the delta itself.
/// </summary>
internal static class Delta
{
    /// <summary>Reads the base and result sizes at the start of a delta.</summary>
    /// <exception cref="InvalidDataException">The header is cut short or too large.</exception>
    public static (long BaseSize, long ResultSize, int HeaderLength) ReadSizes(ReadOnlySpan<byte> delta)
    {
        var position = 0;
        var baseSize = ReadSize(delta, ref position);
        var resultSize = ReadSize(delta, ref position);
        return (baseSize, resultSize, position);
    }

    /// <summary>Builds a delta's result on its base into <paramref name="result"/>, of the exact size.</summary>
    /// <exception cref="InvalidDataException">The delta does not fit its base or its result.</exception>
    public static void Apply(ReadOnlySpan<byte> source, ReadOnlySpan<byte> delta, Span<byte> result)
    {
        var (baseSize, resultSize, position) = ReadSizes(delta);
        if (baseSize != source.Length || resultSize != result.Length)
        {
            throw new InvalidDataException("A delta does not match the size of its base or of its result.");
        }

        var written = 0;
        while (position < delta.Length)
        {
            int command = delta[position++];
            if ((command & 0x80) != 0)
            {
                var offset = 0L;
                var size = 0L;
                for (var bit = 0; bit < 4; bit++)
                {
                    offset |= (command & (1 << bit)) != 0 ? (long)Next(delta, ref position) << (8 * bit) : 0;
                }

                for (var bit = 0; bit < 3; bit++)
                {
                    size |= (command & (0x10 << bit)) != 0 ? (long)Next(delta, ref position) << (8 * bit) : 0;
                }

                // A copy of size zero means 64 KiB, the largest a copy instruction names.
                size = size == 0 ? 0x10000 : size;
                if (offset + size > source.Length || written + size > result.Length)
                {
                    throw new InvalidDataException("A delta copies outside its base or its result.");
                }

                source.Slice((int)offset, (int)size).CopyTo(result[written..]);
                written += (int)size;
            }
            else if (command != 0)
            {
                if (position + command > delta.Length || written + command > result.Length)
                {
                    throw new InvalidDataException("A delta inserts more bytes than it holds.");
                }

                delta.Slice(position, command).CopyTo(result[written..]);
                position += command;
                written += command;
            }
            else
            {
                throw new InvalidDataException("A delta holds the reserved instruction 0.");
            }
        }

        if (written != result.Length)
        {
            throw new InvalidDataException("A delta ends before its result is complete.");
        }
    }

    private static long ReadSize(ReadOnlySpan<byte> delta, ref int position)
    {
        long size = 0;
        for (var shift = 0; ; shift += 7)
        {
            if (shift > 56)
            {
                throw new InvalidDataException("A delta announces an impossible size.");
            }

            var next = Next(delta, ref position);
            size |= (long)(next & 0x7f) << shift;
            if ((next & 0x80) == 0)
            {
                return size;
            }
        }
    }

    private static byte Next(ReadOnlySpan<byte> delta, ref int position)
    {
        if (position >= delta.Length)
        {
            throw new InvalidDataException("A delta is cut short.");
        }

        return delta[position++];
    }
}
