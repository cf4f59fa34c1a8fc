using LibGit2Sharp;
using TruckFactor.Analysis.Mining.Raw.Packs;

namespace TruckFactor.Analysis.Mining.Raw;

/// <summary>
/// A repository's objects as bytes for the C# parsers: read from the pack files by <see cref="PackReader"/>, and
/// through libgit2's object database for anything outside them (loose objects, alternates). Each instance has its
/// own pack mappings and caches, so separate instances do not contend.
/// </summary>
internal sealed unsafe class RawObjectDatabase : IDisposable
{
    // git_sort_t: GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME | GIT_SORT_REVERSE, the order GitHistoryMiner walks in.
    private const uint TopologicalTimeReverse = 1 | 2 | 4;

    /// <summary>
    /// The memory for bases kept for delta chains, shared out among a run's threads. Git's default
    /// (core.deltaBaseCacheLimit) is 96 MiB; 40 MiB mined rails as fast as 64 MiB did, side by side.
    /// </summary>
    public const long DeltaBaseCacheBytes = 40L << 20;

    private readonly PackReader _packs;
    private nint _repository;
    private nint _odb;

    /// <summary>Opens a repository's objects with packs of its own.</summary>
    public RawObjectDatabase(string gitDirectory)
        : this(gitDirectory, null)
    {
    }

    /// <summary>Opens a repository's objects, reading packs shared with other threads when given.</summary>
    public RawObjectDatabase(string gitDirectory, PackSet? packs, long deltaCacheBytes = DeltaBaseCacheBytes)
    {
        NativeGit.EnsureInitialised();
        Check(NativeGit.RepositoryOpen(out _repository, gitDirectory), "open the repository");
        var status = NativeGit.RepositoryOdb(out _odb, _repository);
        if (status < 0)
        {
            NativeGit.RepositoryFree(_repository);
            _repository = nint.Zero;
            Check(status, "open the object database");
        }

        _packs = packs is null
            ? PackReader.Open(ObjectsDirectory(gitDirectory), deltaCacheBytes)
            : new PackReader(packs, deltaCacheBytes);
    }

    /// <summary>Gets the number of objects read through libgit2 because no pack read here held them.</summary>
    public int LibGit2Reads { get; private set; }

    /// <summary>Reads an object; false when the repository does not have it.</summary>
    /// <exception cref="InvalidDataException">The pack holding the object is damaged.</exception>
    /// <exception cref="MissingObjectException">A delta's base is missing.</exception>
    public bool TryRead(ObjectKey id, out RawObject result)
    {
        if (_packs.TryRead(id, out result))
        {
            return true;
        }

        Span<byte> raw = stackalloc byte[ObjectKey.Length];
        id.CopyTo(raw);
        int status;
        nint handle;
        fixed (byte* pointer = raw)
        {
            status = NativeGit.OdbRead(out handle, _odb, pointer);
        }

        if (status < 0)
        {
            return false;
        }

        LibGit2Reads++;
        using var found = new NativeObject(handle);
        result = RawObject.Copy(found.Type, found.Data);
        return true;
    }

    /// <summary>Reads an object's size without inflating it whole; null when the object is missing.</summary>
    /// <exception cref="InvalidDataException">The pack holding the object is damaged.</exception>
    public long? Size(ObjectKey id)
    {
        if (_packs.Size(id) is { } size)
        {
            return size;
        }

        Span<byte> raw = stackalloc byte[ObjectKey.Length];
        id.CopyTo(raw);
        fixed (byte* pointer = raw)
        {
            return NativeGit.OdbReadHeader(out var found, out _, _odb, pointer) < 0 ? null : (long)found;
        }
    }

    /// <summary>Lists the commits reachable from <paramref name="head"/>, parents before children.</summary>
    public List<ObjectKey> Walk(ObjectKey head)
    {
        Check(NativeGit.RevwalkNew(out var walk, _repository), "start a revision walk");
        try
        {
            Span<byte> raw = stackalloc byte[ObjectKey.Length];
            head.CopyTo(raw);
            var result = new List<ObjectKey>();
            fixed (byte* pointer = raw)
            {
                Check(NativeGit.RevwalkSorting(walk, TopologicalTimeReverse), "sort the revision walk");
                Check(NativeGit.RevwalkPush(walk, pointer), "start the walk at the head");
                int status;
                while ((status = NativeGit.RevwalkNext(pointer, walk)) == 0)
                {
                    result.Add(ObjectKey.Read(raw));
                }

                if (status != NativeGit.IterationOver)
                {
                    Check(status, "walk the history");
                }
            }

            return result;
        }
        finally
        {
            NativeGit.RevwalkFree(walk);
        }
    }

    public void Dispose()
    {
        _packs.Dispose();
        if (_odb != nint.Zero)
        {
            NativeGit.OdbFree(_odb);
            _odb = nint.Zero;
        }

        if (_repository != nint.Zero)
        {
            NativeGit.RepositoryFree(_repository);
            _repository = nint.Zero;
        }
    }

    /// <summary>The objects folder, shared with the main repository when this is a linked work tree's folder.</summary>
    public static string ObjectsDirectory(string gitDirectory)
    {
        var common = Path.Combine(gitDirectory, "commondir");
        var root = File.Exists(common)
            ? Path.GetFullPath(File.ReadAllText(common).Trim(), gitDirectory)
            : gitDirectory;
        return Path.Combine(root, "objects");
    }

    private static void Check(int status, string action)
    {
        if (status < 0)
        {
            throw new LibGit2SharpException($"libgit2 could not {action} (error {status}).");
        }
    }
}
