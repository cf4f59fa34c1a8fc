using TruckFactor.Harvest.Storage;

namespace TruckFactor.Harvest.Tests.Storage;

/// <summary>The names of report blobs and the keys the API accepts in a URL.</summary>
public sealed class BlobNamesTests
{
    [Theory]
    [InlineData("github.com/octo/demo")]
    [InlineData("local/repo-0123456789")]
    [InlineData("host/_..")]
    [InlineData("a.b_c-d")]
    public void IsRepositoryKey_KeyShapes_True(string key)
    {
        Assert.True(BlobNames.IsRepositoryKey(key));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("../secrets")]
    [InlineData("github.com/../../commit-logs/x")]
    [InlineData("github.com//n")]
    [InlineData("/github.com/o/n")]
    [InlineData("github.com/o/n/")]
    [InlineData("github.com/o/n%2F..")]
    [InlineData("github.com/o/n?x=1")]
    [InlineData("github.com\\o\\n")]
    [InlineData("...")]
    public void IsRepositoryKey_AnythingElse_False(string? key)
    {
        Assert.False(BlobNames.IsRepositoryKey(key));
    }

    [Theory]
    [InlineData("https://github.com/Octo/Demo.git")]
    [InlineData("/srv/mirrors/demo")]
    public void RepositoryKeyOfResult_ResultBlobName_GivesBackTheKey(string location)
    {
        // Independent route: the key RepositoryKey computes from the location itself.
        var blob = BlobNames.RepositoryResult("h1", location);

        Assert.Equal(BlobNames.RepositoryKey(location), BlobNames.RepositoryKeyOfResult("h1", blob));
        Assert.Equal(
            blob[..^".json".Length] + ".html",
            BlobNames.RepositoryReportOfKey("h1", BlobNames.RepositoryKeyOfResult("h1", blob)!));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("harvests/h2/repositories/github.com/o/n.json")]
    [InlineData("harvests/h1/results.json")]
    [InlineData("harvests/h1/repositories/../x.json")]
    public void RepositoryKeyOfResult_OtherBlob_Null(string? blob)
    {
        Assert.Null(BlobNames.RepositoryKeyOfResult("h1", blob));
    }

    [Fact]
    public void RepositoryReportOfKey_NotAKey_Throws()
    {
        Assert.Throws<ArgumentException>(() => BlobNames.RepositoryReportOfKey("h1", "../x"));
    }
}
