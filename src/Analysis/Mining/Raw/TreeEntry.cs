namespace TruckFactor.Analysis.Mining.Raw;

/// <summary>Where one entry of a raw tree object lies: its name's bytes, then a NUL, then its 20-byte id.</summary>
/// <param name="NameStart">The offset of the name in the tree's data.</param>
/// <param name="NameLength">The length of the name in bytes.</param>
/// <param name="Mode">The entry's mode, normalised as git compares modes (see <see cref="GitModes"/>).</param>
internal readonly record struct TreeEntry(int NameStart, int NameLength, int Mode)
{
    public int IdStart => NameStart + NameLength + 1;

    public int End => IdStart + ObjectKey.Length;

    public ReadOnlySpan<byte> Name(ReadOnlySpan<byte> tree) => tree.Slice(NameStart, NameLength);

    public ObjectKey Id(ReadOnlySpan<byte> tree) => ObjectKey.Read(tree.Slice(IdStart, ObjectKey.Length));

    /// <summary>Reads the entry that starts at <paramref name="position"/>.</summary>
    /// <exception cref="InvalidDataException">The tree is malformed there.</exception>
    public static TreeEntry Read(ReadOnlySpan<byte> tree, int position)
    {
        var mode = 0;
        while (position < tree.Length && tree[position] != (byte)' ')
        {
            var digit = tree[position++] - '0';
            mode = digit is >= 0 and <= 7 ? (mode << 3) | digit : throw Malformed();
        }

        var nameStart = position + 1;
        var nul = nameStart < tree.Length ? tree[nameStart..].IndexOf((byte)0) : -1;
        return nul > 0 && nameStart + nul + 1 + ObjectKey.Length <= tree.Length
            ? new TreeEntry(nameStart, nul, GitModes.Normalise(mode))
            : throw Malformed();
    }

    /// <summary>Finds where the last entry that lies wholly within the first <paramref name="length"/> bytes ends.
    /// </summary>
    public static int BoundaryWithin(ReadOnlySpan<byte> tree, int length)
    {
        var boundary = 0;
        while (true)
        {
            // Modes and names hold no NUL, so the next NUL ends the name and 20 id bytes end the entry.
            var nul = tree[boundary..].IndexOf((byte)0);
            var end = boundary + nul + 1 + ObjectKey.Length;
            if (nul < 0 || end > length)
            {
                return boundary;
            }

            boundary = end;
        }
    }

    private static InvalidDataException Malformed() => new("A tree object is malformed.");
}
