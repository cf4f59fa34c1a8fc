using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace TruckFactor.Analysis.Mining.Raw;

/// <summary>A SHA-1 object id held by value, cheap to hash and compare, as a key for trees and commits.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 1)]
internal readonly struct ObjectKey : IEquatable<ObjectKey>
{
    public const int Length = 20;

    private readonly ulong _a;
    private readonly ulong _b;
    private readonly uint _c;

    private ObjectKey(ulong a, ulong b, uint c)
    {
        _a = a;
        _b = b;
        _c = c;
    }

    public static ObjectKey Read(ReadOnlySpan<byte> bytes)
    {
        return new ObjectKey(
            BinaryPrimitives.ReadUInt64LittleEndian(bytes),
            BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]),
            BinaryPrimitives.ReadUInt32LittleEndian(bytes[16..]));
    }

    public static ObjectKey Parse(ReadOnlySpan<byte> hex)
    {
        Span<byte> bytes = stackalloc byte[Length];
        for (var i = 0; i < Length; i++)
        {
            bytes[i] = (byte)((Nibble(hex[2 * i]) << 4) | Nibble(hex[(2 * i) + 1]));
        }

        return Read(bytes);
    }

    public static bool operator ==(ObjectKey left, ObjectKey right) => left.Equals(right);

    public static bool operator !=(ObjectKey left, ObjectKey right) => !left.Equals(right);

    public void CopyTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(destination, _a);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[8..], _b);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[16..], _c);
    }

    public string ToHex()
    {
        Span<byte> bytes = stackalloc byte[Length];
        CopyTo(bytes);
        return Convert.ToHexStringLower(bytes);
    }

    public bool Equals(ObjectKey other) => _a == other._a && _b == other._b && _c == other._c;

    public override bool Equals(object? obj) => obj is ObjectKey other && Equals(other);

    // The id is already a uniform hash; its first bytes spread keys as well as any mix would.
    public override int GetHashCode() => (int)_a;

    public override string ToString() => ToHex();

    private static int Nibble(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => throw new FormatException("Not a hexadecimal object id."),
    };
}
