using TruckFactor.Harvest.Reports;

namespace TruckFactor.Harvest.Tests.Reports;

/// <summary>The relative links between pages; the independent route is the URI resolution of the BCL.</summary>
public sealed class ReportLayoutTests
{
    [Theory]
    [InlineData("github.com/octo/demo")]
    [InlineData("local/repo-0123456789")]
    [InlineData("gitlab.example.com/group/sub/project")]
    public void Links_HarvestToRepositoryAndBack_ResolveToEachOther(string key)
    {
        var harvestPage = new Uri("file:///reports/h1/" + ReportLayout.HarvestPage);

        var repositoryPage = new Uri(harvestPage, ReportLayout.RepositoryPage(key));
        var back = new Uri(repositoryPage, ReportLayout.HarvestPageFrom(key));

        Assert.Equal($"file:///reports/h1/repositories/{key}.html", repositoryPage.AbsoluteUri);
        Assert.Equal(harvestPage, back);
    }
}
