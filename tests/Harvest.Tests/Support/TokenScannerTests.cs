using System.Text;

namespace TruckFactor.Harvest.Tests.Support;

/// <summary>
/// The leak search finds what it must: a token planted in each form is found, and clean text gives nothing. The
/// planted forms are built here independently of the scanner, with the encodings GitHub and git use.
/// </summary>
public sealed class TokenScannerTests
{
    private const string Token = "ghp_PlantedToken0123456789abcdefXY";

    [Fact]
    public void Find_TokenPlantedInEachForm_FindsEveryForm()
    {
        var scanner = new TokenScanner(Token);
        var basic = "Authorization: " + GitHttpServer.BasicHeader(Token);
        var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(Token));

        Assert.Equal(["log: plain"], scanner.Find("log", $"info: cloning with {Token}"));
        Assert.Equal(["blob name: plain"], scanner.Find("blob name", "commit-logs/" + Token.ToLowerInvariant()));
        // "x-access-token:" is 15 bytes, five whole base64 groups, so the token's own base64 shows inside too.
        Assert.Equal(["header: base64", "header: basic"], scanner.Find("header", basic));
        Assert.Equal(["config: base64"], scanner.Find("config", "extraheader = " + base64));
        Assert.Equal(
            ["bytes: plain"], scanner.FindInBytes("bytes", [0, 1, .. Encoding.UTF8.GetBytes(Token), 255]));
    }

    [Fact]
    public void Find_TextWithoutTheToken_FindsNothing()
    {
        var scanner = new TokenScanner(Token);

        Assert.Empty(scanner.Find("log", "Harvest h1 discovered 3 repositories; token ghp_*** redacted"));
    }
}
