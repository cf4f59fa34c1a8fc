using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;

namespace TruckFactor.Analysis.Mining.Raw.Packs;

/// <summary>
/// A file mapped read-only into memory. Its touched pages count as the process's resident memory, so a long read
/// can hand them back to the page cache with <see cref="Release"/> (they are read again on the next touch).
/// </summary>
internal sealed unsafe partial class MappedFile : IDisposable
{
    // madvise(2) advice: the pages may be dropped from this process; a later touch maps them from the page cache.
    private const int DontNeed = 4;

    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private byte* _pointer;

    private MappedFile(MemoryMappedFile file, MemoryMappedViewAccessor view, long length)
    {
        _file = file;
        _view = view;
        Length = length;
        byte* start = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
        _pointer = start + view.PointerOffset;
    }

    public long Length { get; }

    public byte* Pointer => _pointer;

    /// <summary>Maps a whole file; null when it is empty (an empty file cannot be mapped).</summary>
    public static MappedFile? Open(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var length = stream.Length;
        if (length == 0)
        {
            return null;
        }

        var file = MemoryMappedFile.CreateFromFile(
            stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
        try
        {
            return new MappedFile(file, file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read), length);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Hands the pages read so far back to the page cache, lowering the resident set.</summary>
    public void Release()
    {
        var start = (nint)_view.SafeMemoryMappedViewHandle.DangerousGetHandle();
        var length = (nuint)(_view.SafeMemoryMappedViewHandle.ByteLength);
        _ = Advise(start, length, DontNeed);
    }

    public void Dispose()
    {
        if (_pointer != null)
        {
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
            _pointer = null;
        }

        _view.Dispose();
        _file.Dispose();
    }

    [LibraryImport("libc", EntryPoint = "madvise", SetLastError = true)]
    private static partial int Advise(nint address, nuint length, int advice);
}
