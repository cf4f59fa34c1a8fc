using TruckFactor.Harvest.Mining;

namespace TruckFactor.Harvest.Tests.Mining;

/// <summary>
/// Host names are resolved before cloning. "localhost" resolves to a loopback address on every machine without any
/// network traffic, so it stands in for a public-looking name that points inside.
/// </summary>
public sealed class ResolvedAddressCheckTests
{
    [Theory]
    [InlineData("https://localhost/o/n")]
    [InlineData("ssh://git@localhost/o/n")]
    [InlineData("git@localhost:o/n.git")]
    public async Task CheckAsync_NameResolvingToLoopback_IsRefused(string location)
    {
        var reason = await ResolvedAddressCheck.CheckAsync(location, CancellationToken.None);

        Assert.NotNull(reason);
        Assert.Contains("resolves to", reason, StringComparison.Ordinal);
        Assert.Contains("loopback", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/srv/git/project")]
    [InlineData("https://93.184.215.14/o/n")]
    public async Task CheckAsync_LocalPathOrAddressLiteral_NeedsNoLookup(string location)
    {
        Assert.Null(await ResolvedAddressCheck.CheckAsync(location, CancellationToken.None));
    }
}
