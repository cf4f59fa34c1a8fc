using System.Runtime.InteropServices;

namespace TruckFactor.Analysis.Mining.Raw.Packs;

/// <summary>
/// Inflates pack entries through the zlib the .NET runtime ships (zlib-ng), with one stream reset between entries.
/// Setting a stream up costs two allocations and a table build; a pack walk inflates about a million entries, so
/// that set-up, not the inflating, was most of libgit2's time per object.
/// </summary>
internal sealed unsafe partial class ZlibInflater : IDisposable
{
    private const string Library = "libSystem.IO.Compression.Native";

    // zlib's window bits for a zlib-wrapped stream with the largest window, as git writes them.
    private const int ZlibWindowBits = 15;

    private const int Finish = 4;

    private const int StreamEnd = 1;

    private static readonly Lazy<bool> Available = new(Probe);

    private ZlibStream* _stream;

    public ZlibInflater()
    {
        _stream = (ZlibStream*)NativeMemory.AllocZeroed((nuint)sizeof(ZlibStream));
        if (InflateInit(_stream, ZlibWindowBits) != 0)
        {
            NativeMemory.Free(_stream);
            _stream = null;
            throw new InvalidOperationException("The runtime's zlib could not start an inflate stream.");
        }
    }

    /// <summary>
    /// Gets a value indicating whether the runtime's zlib entry points can be called here: they are the runtime's
    /// own, not a public API, so another runtime version might not have them.
    /// </summary>
    public static bool IsAvailable => Available.Value;

    /// <summary>Gets how many compressed bytes the last call read.</summary>
    public long LastConsumed { get; private set; }

    /// <summary>
    /// Inflates one whole zlib stream of exactly <paramref name="size"/> bytes into <paramref name="output"/>.
    /// </summary>
    /// <exception cref="InvalidDataException">The data is corrupt, or its size is not the one announced.</exception>
    public void Inflate(byte* input, long available, byte* output, int size)
    {
        Run(input, available, output, size, expectEnd: true);
    }

    /// <summary>Inflates at most <paramref name="size"/> first bytes of a stream; returns how many came.</summary>
    /// <exception cref="InvalidDataException">The data is corrupt.</exception>
    public int InflatePrefix(byte* input, long available, byte* output, int size)
    {
        return Run(input, available, output, size, expectEnd: false);
    }

    public void Dispose()
    {
        if (_stream != null)
        {
            _ = InflateEnd(_stream);
            NativeMemory.Free(_stream);
            _stream = null;
        }
    }

    private static bool Probe()
    {
        try
        {
            using var probe = new ZlibInflater();
            return true;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException
            or InvalidOperationException)
        {
            return false;
        }
    }

    private int Run(byte* input, long available, byte* output, int size, bool expectEnd)
    {
        ObjectDisposedException.ThrowIf(_stream == null, this);
        if (InflateReset(_stream, ZlibWindowBits) != 0)
        {
            throw new InvalidDataException("The zlib stream could not be reset.");
        }

        // An empty object still has a stream to finish, so zlib gets one spare output byte to detect overruns.
        byte spare;
        _stream->NextIn = input;
        _stream->AvailableIn = (uint)Math.Min(available, uint.MaxValue);
        _stream->NextOut = size == 0 ? &spare : output;
        _stream->AvailableOut = size == 0 ? 1u : (uint)size;
        var status = Inflate(_stream, Finish);
        LastConsumed = _stream->NextIn - input;
        var produced = size == 0 ? 1 - (int)_stream->AvailableOut : size - (int)_stream->AvailableOut;
        if (expectEnd ? status != StreamEnd || produced != size : status < 0 && produced == 0)
        {
            throw new InvalidDataException($"A packed object is corrupt (zlib status {status}).");
        }

        return produced;
    }

    [LibraryImport(Library, EntryPoint = "CompressionNative_InflateInit2_")]
    private static partial int InflateInit(ZlibStream* stream, int windowBits);

    [LibraryImport(Library, EntryPoint = "CompressionNative_InflateReset2_")]
    private static partial int InflateReset(ZlibStream* stream, int windowBits);

    [LibraryImport(Library, EntryPoint = "CompressionNative_Inflate")]
    private static partial int Inflate(ZlibStream* stream, int flush);

    [LibraryImport(Library, EntryPoint = "CompressionNative_InflateEnd")]
    private static partial int InflateEnd(ZlibStream* stream);
}
