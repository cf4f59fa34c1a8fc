using LibGit2Sharp;

namespace TruckFactor.Analysis.Mining.Raw;

/// <summary>
/// A repository's object database opened through libgit2 directly: objects come back as bytes for the C# parsers,
/// with no per-entry native calls. Each instance has its own pack handles, so separate instances do not contend.
/// </summary>
internal sealed unsafe class RawObjectDatabase : IDisposable
{
    // git_sort_t: GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME | GIT_SORT_REVERSE, the order GitHistoryMiner walks in.
    private const uint TopologicalTimeReverse = 1 | 2 | 4;

    private nint _repository;
    private nint _odb;

    public RawObjectDatabase(string gitDirectory)
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
    }

    /// <summary>Reads an object; false when the object database does not have it.</summary>
    public bool TryRead(ObjectKey id, out NativeObject result)
    {
        Span<byte> raw = stackalloc byte[ObjectKey.Length];
        id.CopyTo(raw);
        int status;
        nint handle;
        fixed (byte* pointer = raw)
        {
            status = NativeGit.OdbRead(out handle, _odb, pointer);
        }

        result = new NativeObject(status < 0 ? nint.Zero : handle);
        return status >= 0;
    }

    /// <summary>Reads an object's size without inflating it; null when the object is missing.</summary>
    public long? Size(ObjectKey id)
    {
        Span<byte> raw = stackalloc byte[ObjectKey.Length];
        id.CopyTo(raw);
        fixed (byte* pointer = raw)
        {
            return NativeGit.OdbReadHeader(out var size, out _, _odb, pointer) < 0 ? null : (long)size;
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

    private static void Check(int status, string action)
    {
        if (status < 0)
        {
            throw new LibGit2SharpException($"libgit2 could not {action} (error {status}).");
        }
    }
}
