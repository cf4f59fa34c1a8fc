namespace TruckFactor.Analysis.Mining.Raw.Packs;

/// <summary>
/// A repository's packs, mapped once and shared by every reader of a mining run (mappings are read-only, so
/// threads read them side by side; one mapping per file also keeps each page counted once in the resident set).
/// It bounds the pages made resident: past <see cref="ResidentBytes"/> it hands all of them back to the page cache.
/// </summary>
internal sealed class PackSet : IDisposable
{
    // Rails' trees are spread over all of its 380 MB pack, so a whole walk would otherwise keep all of it resident.
    private const long ResidentBytes = 80L << 20;

    private readonly List<PackFile> _packs;
    private long _resident;

    private PackSet(List<PackFile> packs)
    {
        _packs = packs;
    }

    public int Count => _packs.Count;

    public PackFile this[int index] => _packs[index];

    /// <summary>
    /// Opens every pack under an objects folder that the C# reader understands; none when the runtime's zlib cannot
    /// be reached (every object is then read through libgit2, slower but the same).
    /// </summary>
    public static PackSet Open(string objectsDirectory)
    {
        if (!ZlibInflater.IsAvailable)
        {
            return new PackSet([]);
        }

        var folder = Path.Combine(objectsDirectory, "pack");
        var packs = new List<PackFile>();
        var indexes = Directory.Exists(folder) ? Directory.GetFiles(folder, "pack-*.idx") : [];

        // Newest first, as git searches them: a fresh fetch's small pack is where recent objects are.
        foreach (var index in indexes.OrderByDescending(File.GetLastWriteTimeUtc))
        {
            if (packs.Count < PackReader.MaxPacks && PackFile.Open(index) is { } pack)
            {
                packs.Add(pack);
            }
        }

        return new PackSet(packs);
    }

    /// <summary>Notes the bytes a read touched, and hands every page back once too many are resident.</summary>
    public void Touch(PackFile pack, long start, long end)
    {
        var added = pack.Touch(start, end);
        if (added == 0 || Interlocked.Add(ref _resident, added) <= ResidentBytes)
        {
            return;
        }

        Interlocked.Exchange(ref _resident, 0);
        foreach (var each in _packs)
        {
            each.ReleasePages();
        }
    }

    public void Dispose()
    {
        foreach (var pack in _packs)
        {
            pack.Dispose();
        }

        _packs.Clear();
    }
}
