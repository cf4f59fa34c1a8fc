using TruckFactor.Harvest.Discovery;
using TruckFactor.Harvest.Mining;

namespace TruckFactor.Harvest.Tests.Mining;

/// <summary>
/// Which clone URLs get the token. Expected answers follow from the rule: same scheme, host and port as the
/// configured origin, no user information, else nothing.
/// </summary>
public sealed class GitHubCloneCredentialsTests
{
    private const string Token = "ghp_cloneTokenForTests0123456789";

    [Theory]
    [InlineData("https://github.com/owner/private", true)]
    [InlineData("https://GitHub.com/owner/private.git", true)]
    [InlineData("https://github.com:443/owner/private", true)]
    [InlineData("http://github.com/owner/private", false)]
    [InlineData("https://github.com:8443/owner/private", false)]
    [InlineData("https://github.com.example.org/owner/private", false)]
    [InlineData("https://gitlab.com/owner/private", false)]
    [InlineData("https://api.github.com/owner/private", false)]
    [InlineData("https://someone@github.com/owner/private", false)]
    [InlineData("git@github.com:owner/private.git", false)]
    public void For_PublicApiDefault_GivesTokenOnlyToHttpsGitHub(string url, bool expected)
    {
        var credentials = new GitHubCloneCredentials(new GitHubOptions { Token = Token });

        var given = credentials.For(url);

        Assert.Equal(expected, given is not null);
        Assert.Equal(new Uri("https://github.com"), credentials.Origin);
        if (given is not null)
        {
            Assert.Equal("x-access-token", given.UserName);
            Assert.Equal(Token, given.Password);
            Assert.DoesNotContain(Token, given.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void For_EnterpriseApiBase_GivesTokenToTheEnterpriseHostOnly()
    {
        var options = new GitHubOptions { Token = Token, ApiBaseUrl = "https://ghe.example.org/api/v3" };

        var credentials = new GitHubCloneCredentials(options);

        Assert.Equal(new Uri("https://ghe.example.org"), credentials.Origin);
        Assert.NotNull(credentials.For("https://ghe.example.org/team/tool"));
        Assert.Null(credentials.For("https://github.com/team/tool"));
    }

    [Fact]
    public void For_CloneBaseUrlConfigured_OverridesTheApiHost()
    {
        var options = new GitHubOptions
        {
            Token = Token, ApiBaseUrl = "https://api.github.com", CloneBaseUrl = "http://127.0.0.1:8081",
        };

        var credentials = new GitHubCloneCredentials(options);

        Assert.NotNull(credentials.For("http://127.0.0.1:8081/o/p"));
        Assert.Null(credentials.For("http://127.0.0.1:8082/o/p"));
        Assert.Null(credentials.For("https://github.com/o/p"));
    }

    [Fact]
    public void For_NoToken_GivesNothing()
    {
        var credentials = new GitHubCloneCredentials(new GitHubOptions { Token = "  " });

        Assert.Null(credentials.Origin);
        Assert.Null(credentials.For("https://github.com/owner/private"));
    }

    [Fact]
    public void Constructor_CloneBaseUrlWithUserInformation_ThrowsNamingTheSetting()
    {
        var options = new GitHubOptions { Token = Token, CloneBaseUrl = "https://user:pw@github.com" };

        var error = Assert.Throws<ArgumentException>(() => new GitHubCloneCredentials(options));

        Assert.Contains("GitHub:CloneBaseUrl", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, error.Message, StringComparison.Ordinal);
    }
}
