using System.Runtime.InteropServices;

namespace TruckFactor.Analysis.Mining.Raw.Packs;

/// <summary>
/// The stream structure of the .NET runtime's own zlib layer (System.IO.Compression.Native), which wraps a zlib
/// stream behind these six fields.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ZlibStream
{
    public byte* NextIn;

    public byte* NextOut;

    public nint Message;

    public nint InternalState;

    public uint AvailableIn;

    public uint AvailableOut;
}
