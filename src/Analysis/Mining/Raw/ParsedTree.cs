namespace TruckFactor.Analysis.Mining.Raw;

/// <summary>A raw tree object's bytes with the positions of its entries, parsed once and never turned into strings.
/// </summary>
internal sealed class ParsedTree
{
    public static readonly ParsedTree Empty = new([], []);

    private ParsedTree(byte[] data, TreeEntry[] entries)
    {
        Data = data;
        Entries = entries;
    }

    public byte[] Data { get; }

    public TreeEntry[] Entries { get; }

    /// <summary>Gets an estimate of the memory the tree holds, for the cache's budget.</summary>
    public int Weight => Data.Length + (Entries.Length * 12) + 64;

    public ReadOnlySpan<byte> Name(in TreeEntry entry) => Data.AsSpan(entry.NameStart, entry.NameLength);

    public ObjectKey Id(in TreeEntry entry) => ObjectKey.Read(Data.AsSpan(entry.IdStart, ObjectKey.Length));

    /// <summary>Gets the offset where an entry's mode begins: right after the previous entry.</summary>
    public int Start(int index) => index == 0 ? 0 : Entries[index - 1].End;

    /// <summary>Parses "mode SP name NUL id" entries.</summary>
    /// <exception cref="InvalidDataException">The data is not a well-formed tree.</exception>
    public static ParsedTree Parse(ReadOnlySpan<byte> source)
    {
        var data = source.ToArray();
        var entries = new List<TreeEntry>(Math.Max(4, data.Length / 40));
        var position = 0;
        while (position < data.Length)
        {
            var mode = 0;
            while (position < data.Length && data[position] != (byte)' ')
            {
                var digit = data[position++] - '0';
                mode = digit is >= 0 and <= 7 ? (mode << 3) | digit : throw Malformed();
            }

            var nameStart = ++position;
            var nul = data.AsSpan(nameStart).IndexOf((byte)0);
            if (nul <= 0 || nameStart + nul + 1 + ObjectKey.Length > data.Length)
            {
                throw Malformed();
            }

            entries.Add(new TreeEntry(nameStart, nul, GitModes.Normalise(mode)));
            position = nameStart + nul + 1 + ObjectKey.Length;
        }

        return new ParsedTree(data, [.. entries]);
    }

    private static InvalidDataException Malformed() => new("A tree object is malformed.");
}
