using System.Numerics;

namespace TruckFactor.Analysis.Mining.Raw;

/// <summary>
/// The buffers objects are read into, kept for reuse by the thread that reads them. The shared array pool
/// keeps a few dozen arrays per size; the tree and delta-base caches give back thousands at once, which it would
/// drop and the garbage collector would then sweep from the oldest generation (a quarter of the CPU time on rails).
/// Each thread keeps its own arrays (no lock between mining threads), capped in total bytes, until
/// <see cref="Trim"/> lets them go at the end of a mining run.
/// </summary>
internal static class ObjectBuffers
{
    private const int SmallestShift = 6;

    private const int Buckets = 21;

    private const long RetainedLimit = 32L << 20;

    [ThreadStatic]
    private static Stack<byte[]>[]? _free;

    [ThreadStatic]
    private static long _retained;

    /// <summary>Gives an array of at least <paramref name="size"/> bytes, its content unspecified.</summary>
    public static byte[] Rent(int size)
    {
        var bucket = BucketOf(size);
        if (bucket >= Buckets)
        {
            return GC.AllocateUninitializedArray<byte>(size);
        }

        if (_free is { } free && free[bucket].TryPop(out var kept))
        {
            _retained -= kept.Length;
            return kept;
        }

        return GC.AllocateUninitializedArray<byte>(1 << (bucket + SmallestShift));
    }

    /// <summary>Takes an array back; arrays of sizes this pool did not give are left to the collector.</summary>
    public static void Return(byte[] buffer)
    {
        var bucket = BucketOf(buffer.Length);
        if (bucket >= Buckets || buffer.Length != 1 << (bucket + SmallestShift))
        {
            return;
        }

        if (_retained + buffer.Length <= RetainedLimit)
        {
            _free ??= CreateBuckets();
            _free[bucket].Push(buffer);
            _retained += buffer.Length;
        }
    }

    /// <summary>Lets the calling thread's kept arrays go, once its mining is done.</summary>
    public static void Trim()
    {
        _free = null;
        _retained = 0;
    }

    private static int BucketOf(int size) =>
        size <= 1 << SmallestShift ? 0 : BitOperations.Log2((uint)size - 1) + 1 - SmallestShift;

    private static Stack<byte[]>[] CreateBuckets()
    {
        var buckets = new Stack<byte[]>[Buckets];
        for (var i = 0; i < Buckets; i++)
        {
            buckets[i] = new Stack<byte[]>();
        }

        return buckets;
    }
}
