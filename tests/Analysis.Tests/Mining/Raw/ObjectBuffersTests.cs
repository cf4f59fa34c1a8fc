using TruckFactor.Analysis.Mining.Raw;

namespace TruckFactor.Analysis.Tests.Mining.Raw;

/// <summary>
/// <see cref="ObjectBuffers"/>: rented arrays are never shorter than asked, and only arrays of the pool's own
/// sizes (powers of two from 64 bytes to 64 MiB) are taken back. The pool is shared by every test in the process,
/// so the sizes used here are ones no other test reads objects of.
/// </summary>
public sealed class ObjectBuffersTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(1000)]
    [InlineData(4096)]
    [InlineData(4097)]
    [InlineData((1 << 26) - 1)]
    [InlineData(1 << 26)]
    [InlineData((1 << 26) + 1)]
    public void Rent_AnySize_AtLeastThatLong(int size)
    {
        var buffer = ObjectBuffers.Rent(size);

        Assert.True(buffer.Length >= size, $"asked {size}, got {buffer.Length}");
        ObjectBuffers.Return(buffer);
    }

    [Fact]
    public void Return_ForeignSizedArray_NeverRentedOut()
    {
        // 3,000,000 bytes is not a pool size; if it were kept, a later Rent of 3,500,000 (the 4 MiB bucket)
        // could hand it back, too short.
        var foreign = new byte[3_000_000];

        ObjectBuffers.Return(foreign);

        var rented = Enumerable.Range(0, 4).Select(_ => ObjectBuffers.Rent(3_500_000)).ToList();
        Assert.All(rented, b => Assert.True(b.Length >= 3_500_000));
        Assert.DoesNotContain(rented, b => ReferenceEquals(b, foreign));
        rented.ForEach(ObjectBuffers.Return);
    }

    [Fact]
    public void Return_PoolSizedArray_RentedOutAgain()
    {
        // The counterpart of the test above: an array of a pool size (1 MiB) is kept and comes back. The thread's
        // pool is emptied first, so what other tests on this thread returned cannot fill its cap.
        ObjectBuffers.Trim();
        var own = new byte[1 << 20];

        ObjectBuffers.Return(own);

        Assert.Same(own, ObjectBuffers.Rent((1 << 19) + 1));
    }
}
