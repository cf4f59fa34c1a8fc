using TruckFactor.Harvest.Reports;

namespace TruckFactor.Harvest.Tests.Reports;

/// <summary>The squarified layout, on the worked example of Bruls, Huizing and van Wijk (2000), by hand.</summary>
public sealed class TreemapLayoutTests
{
    private const int Precision = 4;

    [Fact]
    public void Squarify_PaperExample_RowsAsWorkedByHand()
    {
        // Areas 6, 6, 4, 3, 2, 2, 1 in a 6 x 4 box (total 24, so area = weight). Short side 4: [6] has worst
        // ratio 8/3, [6, 6] 1.5 (better), [6, 6, 4] 4 (worse): a column of width 12/4 = 3 on the left. Then the
        // 3 x 4 rest, short side 3: [4] 2.25, [4, 3] 1.815, [4, 3, 2] 4.5: a row of height 7/3 on top, 4 and 3
        // units wide over it (12/7 and 9/7). Then 3 x 5/3: [2] 1.389, [2, 2] 2.88: a column of width 2/(5/3) =
        // 1.2; again for the second 2; the last box takes the remaining 0.6 x 5/3.
        var boxes = TreemapLayout.Squarify([6, 6, 4, 3, 2, 2, 1], new TreemapBox(0, 0, 6, 4));

        AssertBox(new TreemapBox(0, 0, 3, 2), boxes[0]);
        AssertBox(new TreemapBox(0, 2, 3, 2), boxes[1]);
        AssertBox(new TreemapBox(3, 0, 12.0 / 7, 7.0 / 3), boxes[2]);
        AssertBox(new TreemapBox(3 + (12.0 / 7), 0, 9.0 / 7, 7.0 / 3), boxes[3]);
        AssertBox(new TreemapBox(3, 7.0 / 3, 1.2, 5.0 / 3), boxes[4]);
        AssertBox(new TreemapBox(4.2, 7.0 / 3, 1.2, 5.0 / 3), boxes[5]);
        AssertBox(new TreemapBox(5.4, 7.0 / 3, 0.6, 5.0 / 3), boxes[6]);
    }

    [Fact]
    public void Squarify_AnyWeights_AreasProportionalAndInsideBounds()
    {
        double[] weights = [50, 20, 20, 5, 3, 1, 1];
        var bounds = new TreemapBox(10, 20, 300, 120);

        var boxes = TreemapLayout.Squarify(weights, bounds);

        for (var i = 0; i < weights.Length; i++)
        {
            Assert.Equal(weights[i] / 100 * 300 * 120, boxes[i].Width * boxes[i].Height, 6);
            Assert.InRange(boxes[i].X, 10 - 1e-9, 310);
            Assert.InRange(boxes[i].X + boxes[i].Width, 10, 310 + 1e-9);
            Assert.InRange(boxes[i].Y + boxes[i].Height, 20, 140 + 1e-9);
        }
    }

    private static void AssertBox(TreemapBox expected, TreemapBox actual)
    {
        Assert.Equal(expected.X, actual.X, Precision);
        Assert.Equal(expected.Y, actual.Y, Precision);
        Assert.Equal(expected.Width, actual.Width, Precision);
        Assert.Equal(expected.Height, actual.Height, Precision);
    }
}
