using TruckFactor.Harvest.Validation;

namespace TruckFactor.Harvest.Tests.Validation;

/// <summary>How a found or given address is shown in logs and saved lists: never with its credentials.</summary>
public sealed class RedactTests
{
    [Theory]
    [InlineData("http://u:pw_LEAKME@127.0.0.1/w/a3", "http://***@127.0.0.1/w/a3")]
    [InlineData("https://ghp_secret@github.com/o/r", "https://***@github.com/o/r")]
    [InlineData("https://github.com/o/r?token=abc", "https://github.com/o/r?…")]
    [InlineData("https://github.com/o/r", "https://github.com/o/r")]
    [InlineData("/srv/git/repo", "/srv/git/repo")]
    public void Redact_Address_HidesUserInformationAndQuery(string entry, string shown)
    {
        Assert.Equal(shown, RepositoryUrlPolicy.Redact(entry));
    }
}
