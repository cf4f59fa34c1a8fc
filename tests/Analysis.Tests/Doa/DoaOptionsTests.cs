using TruckFactor.Analysis.Doa;

namespace TruckFactor.Analysis.Tests.Doa;

public sealed class DoaOptionsTests
{
    private static readonly DoaOptions Paper = DoaOptions.Paper;

    [Fact]
    public void Compute_CreatorWithTwoEditsAgainstThreeEdits_MatchesWorkedNumbers()
    {
        // ALGORITHM.md, worked numbers 1. A: FA=1, DL=2, AC=3 -> 3.293 + 1.098 + 0.328 - 0.321 ln 4 = 4.274.
        // B: FA=0, DL=3, AC=2 -> 3.293 + 0.492 - 0.321 ln 3 = 3.432; DOA_N(B) = 3.432 / 4.274 = 0.803.
        var a = Paper.Compute(firstAuthorship: true, deliveries: 2, acceptances: 3);
        var b = Paper.Compute(firstAuthorship: false, deliveries: 3, acceptances: 2);

        Assert.Equal(4.274, a, 3);
        Assert.Equal(3.432, b, 3);
        Assert.Equal(0.803, b / a, 3);
    }

    [Fact]
    public void Compute_CreatorAgainstOneEdit_MatchesWorkedNumbers()
    {
        // ALGORITHM.md, worked numbers 2. A: FA=1, DL=0, AC=1 -> 4.391 - 0.321 ln 2 = 4.168.
        // B: FA=0, DL=1, AC=0 -> 3.293 + 0.164 = 3.457; DOA_N(B) = 3.457 / 4.168 = 0.829.
        var a = Paper.Compute(firstAuthorship: true, deliveries: 0, acceptances: 1);
        var b = Paper.Compute(firstAuthorship: false, deliveries: 1, acceptances: 0);

        Assert.Equal(4.168, a, 3);
        Assert.Equal(3.457, b, 3);
        Assert.Equal(0.829, b / a, 3);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(5, true)]
    [InlineData(9, true)]
    [InlineData(10, false)]
    [InlineData(20, false)]
    public void Compute_CreatorAgainstKEdits_AboveThresholdUpToNine(int k, bool creatorAbove)
    {
        // ALGORITHM.md, worked numbers 3. A: 4.391 - 0.321 ln(1 + k); B: 3.293 + 0.164 k.
        // k = 9: 3.652 / 4.769 = 0.766 > 0.75; k = 10: 3.621 / 4.933 = 0.734 <= 0.75.
        var a = Paper.Compute(firstAuthorship: true, deliveries: 0, acceptances: k);
        var b = Paper.Compute(firstAuthorship: false, deliveries: k, acceptances: 0);

        Assert.Equal(creatorAbove, a / Math.Max(a, b) > Paper.AuthorThreshold);
    }

    [Fact]
    public void Compute_CreatorAgainstTenEdits_MatchesWorkedNumbers()
    {
        // ALGORITHM.md, worked numbers 3: DOA_N(A) = 3.621 / 4.933 = 0.734 at k = 10.
        var a = Paper.Compute(firstAuthorship: true, deliveries: 0, acceptances: 10);
        var b = Paper.Compute(firstAuthorship: false, deliveries: 10, acceptances: 0);

        Assert.Equal(3.621, a, 3);
        Assert.Equal(4.933, b, 3);
        Assert.Equal(0.734, a / b, 3);
    }

    [Fact]
    public void ReferenceTool_AbsoluteThreshold_IsTheInterceptAsAFloat()
    {
        // ALGORITHM.md: the reference reads 3.293 as a 32-bit float; (double)3.293f = 3.2929999828338623.
        Assert.Equal(3.2929999828338623, DoaOptions.ReferenceTool.AbsoluteAuthorThreshold, 15);
        Assert.True(DoaOptions.ReferenceTool.PruneMinorAuthors);
        Assert.False(DoaOptions.Paper.PruneMinorAuthors);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void Validate_AuthorThresholdOutsideOpenUnitInterval_Throws(double threshold)
    {
        // The threshold is a share of the highest DOA, so only values strictly between 0 and 1 make sense.
        var options = DoaOptions.Paper with { AuthorThreshold = threshold };

        Assert.Throws<ArgumentOutOfRangeException>(options.Validate);
    }

    [Fact]
    public void Validate_PaperAndReferenceValues_Pass()
    {
        // Both shipped option sets must be usable as they are.
        DoaOptions.Paper.Validate();
        DoaOptions.ReferenceTool.Validate();
    }
}
