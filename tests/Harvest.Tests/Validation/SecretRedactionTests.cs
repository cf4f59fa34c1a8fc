using System.Text.Json;
using TruckFactor.Harvest.Options;
using TruckFactor.Harvest.Validation;

namespace TruckFactor.Harvest.Tests.Validation;

/// <summary>Refusals never quote a secret, however the secret is written, and never a huge entry.</summary>
public sealed class SecretRedactionTests
{
    private readonly RepositoryUrlPolicy _policy = new(new RepositoryAccessOptions());

    [Theory]
    [InlineData("https://x-access-token:ghp_SECRET99?x@github.com/o/n", "ghp_SECRET99")]
    [InlineData("https://x-access-token:ghp_SECRET98#x@github.com/o/n", "ghp_SECRET98")]
    [InlineData("https://user:pa/ss?wd@github.com/o/n", "pa/ss")]
    [InlineData("https://ghp_TOKEN777@github.com/o/n", "ghp_TOKEN777")]
    [InlineData("ghp_TOKEN555@github.com:o/n", "ghp_TOKEN555")]
    [InlineData("ghp_TOKEN556:secret@github.com:o/n", "ghp_TOKEN556")]
    public void Check_SecretInEntry_IsRefusedWithoutQuotingIt(string entry, string secret)
    {
        var check = _policy.Check(entry);

        Assert.False(check.IsAllowed);
        Assert.DoesNotContain(secret, check.Error, StringComparison.Ordinal);
        Assert.Contains("github.com", check.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EntryOverTheLengthLimit_IsRefusedWithoutRepeatingIt()
    {
        var huge = "/" + new string('a', HarvestRequestParser.MaxEntryLength);
        var body = JsonSerializer.Serialize(new { repositories = new[] { huge } });
        var local = new RepositoryUrlPolicy(new RepositoryAccessOptions { AllowLocalPaths = true });

        var parse = HarvestRequestParser.Parse(body, new HarvestOptions(), local);

        var error = Assert.Single(parse.Errors);
        Assert.Contains($"over the limit of {HarvestRequestParser.MaxEntryLength}", error, StringComparison.Ordinal);
        Assert.True(error.Length < 300, error);
    }
}
