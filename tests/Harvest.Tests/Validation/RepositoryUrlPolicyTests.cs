using TruckFactor.Harvest.Options;
using TruckFactor.Harvest.Validation;

namespace TruckFactor.Harvest.Tests.Validation;

// Expected values are written by hand from the rules in RepositoryUrlPolicy's brief and RFC 3986 (lower-case scheme
// and host, default port dropped); address ranges come from RFC 1918, 6598, 3927, 4193, 4291 and 6052.
public sealed class RepositoryUrlPolicyTests
{
    [Theory]
    [InlineData("HTTPS://GitHub.com/Owner/Repo.git/", "https://github.com/Owner/Repo")]
    [InlineData("  https://github.com/owner/repo  ", "https://github.com/owner/repo")]
    [InlineData("https://github.com:443/owner/repo", "https://github.com/owner/repo")]
    [InlineData("https://github.com./owner/repo.GIT", "https://github.com/owner/repo")]
    public void Check_GitHubHttpsUrl_IsNormalized(string entry, string expected)
    {
        var check = Policy().Check(entry);

        Assert.Null(check.Error);
        Assert.True(check.IsAllowed);
        Assert.Equal(entry, check.Entry);
        Assert.Equal(expected, check.Normalized);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Check_EmptyEntry_IsRefused(string entry)
    {
        var check = Policy().Check(entry);

        Assert.False(check.IsAllowed);
        Assert.Null(check.Normalized);
        Assert.Contains("empty", check.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_HostNotListed_IsRefusedNamingHostAndSetting()
    {
        var check = Policy().Check("https://GitLab.com/owner/repo");

        Assert.False(check.IsAllowed);
        Assert.Contains("'gitlab.com'", check.Error, StringComparison.Ordinal);
        Assert.Contains("(accepted: github.com)", check.Error, StringComparison.Ordinal);
        Assert.Contains("Harvest:Access:AllowedHosts", check.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://github.com/owner/repo", "'http'")]
    [InlineData("ftp://github.com/owner/repo", "'ftp'")]
    [InlineData("ssh://git@github.com/owner/repo", "'ssh'")]
    public void Check_SchemeNotListed_IsRefusedNamingSchemeAndSetting(string entry, string scheme)
    {
        var check = Policy().Check(entry);

        Assert.False(check.IsAllowed);
        Assert.Contains(scheme, check.Error, StringComparison.Ordinal);
        Assert.Contains("(accepted: https)", check.Error, StringComparison.Ordinal);
        Assert.Contains("Harvest:Access:AllowedSchemes", check.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://github.com:80/owner/repo", "http://github.com/owner/repo")]
    [InlineData("HTTP://GITHUB.COM:0080/Owner/Repo/", "http://github.com/Owner/Repo")]
    [InlineData("https://github.com:8443/owner/repo", "https://github.com:8443/owner/repo")]
    public void Check_HttpAllowed_DropsOnlyTheDefaultPort(string entry, string expected)
    {
        var check = Policy(schemes: ["https", "http"]).Check(entry);

        Assert.Equal(expected, check.Normalized);
    }

    [Theory]
    [InlineData("ssh://git@GitHub.com/Owner/Repo.git", "ssh://git@github.com/Owner/Repo")]
    [InlineData("ssh://git@github.com:22/owner/repo", "ssh://git@github.com/owner/repo")]
    [InlineData("git@github.com:owner/name.git", "git@github.com:owner/name")]
    [InlineData("git@GITHUB.COM:Owner/Name/", "git@github.com:Owner/Name")]
    public void Check_SshAllowed_SshAndScpLikeAreNormalized(string entry, string expected)
    {
        var check = Policy(schemes: ["ssh"]).Check(entry);

        Assert.Null(check.Error);
        Assert.Equal(expected, check.Normalized);
    }

    [Fact]
    public void Check_ScpLikeAbsolutePathOnOtherHost_KeepsTheLeadingSlash()
    {
        // Without the slash git would read the path relative to the login's home folder on the server.
        var check = Policy(schemes: ["ssh"], hosts: ["*"]).Check("git@example.org:/srv/repos/tool.git");

        Assert.Equal("git@example.org:/srv/repos/tool", check.Normalized);
    }

    [Fact]
    public void Check_ScpLikeWhenSshNotAllowed_IsRefusedSuggestingHttps()
    {
        var check = Policy().Check("git@github.com:owner/name.git");

        Assert.False(check.IsAllowed);
        Assert.Contains("scp-like", check.Error, StringComparison.Ordinal);
        Assert.Contains("Harvest:Access:AllowedSchemes", check.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("file:///srv/repo")]
    [InlineData("/srv/repo")]
    [InlineData("./repo")]
    [InlineData("../repo")]
    [InlineData("~/repo")]
    [InlineData(@"C:\repos\tool")]
    [InlineData("repo")]
    public void Check_LocalByDefault_IsRefused(string entry)
    {
        var check = Policy().Check(entry);

        Assert.False(check.IsAllowed);
        Assert.Contains("local paths are not accepted by this server", check.Error, StringComparison.Ordinal);
        Assert.Contains("Harvest:Access:AllowLocalPaths", check.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_HostAndPathWithoutScheme_SuggestsTheHttpsUrl()
    {
        var check = Policy().Check("github.com/owner/name");

        Assert.Contains("did you mean https://github.com/owner/name?", check.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/srv/repo/", "/srv/repo")]
    [InlineData("/srv/a/../repo", "/srv/repo")]
    [InlineData("file:///srv/repo", "/srv/repo")]
    [InlineData("file://localhost/srv/my%20repo/", "/srv/my repo")]
    [InlineData("/", "/")]
    public void Check_AbsoluteLocalWhenAllowed_IsFullPath(string entry, string expected)
    {
        // Unix paths: the harvest's workers and the local host run on Linux.
        var check = Policy(local: true).Check(entry);

        Assert.Null(check.Error);
        Assert.Equal(expected, check.Normalized);
    }

    [Theory]
    [InlineData("./repo/", "repo")]
    [InlineData("repo", "repo")]
    [InlineData("../repo", "../repo")]
    public void Check_RelativeLocalWhenAllowed_IsResolvedAgainstTheWorkingFolder(string entry, string relative)
    {
        // Independent route: the working folder joined with the relative part, then '..' collapsed by hand.
        var parts = relative.Split('/');
        var here = Environment.CurrentDirectory;
        var folder = parts[0] == ".." ? Path.GetDirectoryName(here)! : here;
        var expected = folder.TrimEnd('/') + "/" + parts[^1];

        var check = Policy(local: true).Check(entry);

        Assert.Equal(expected, check.Normalized);
    }

    [Fact]
    public void Check_HomeRelativeWhenAllowed_ExpandsHome()
    {
        var home = Environment.GetEnvironmentVariable("HOME");
        Assert.False(string.IsNullOrEmpty(home));

        var check = Policy(local: true).Check("~/code/tool/");

        Assert.Equal(home.TrimEnd('/') + "/code/tool", check.Normalized);
    }

    [Theory]
    [InlineData("file://server/share/repo")]
    [InlineData("file://user@localhost/srv/repo")]
    public void Check_FileUrlOnAnotherMachine_IsRefused(string entry)
    {
        var check = Policy(local: true).Check(entry);

        Assert.Contains("another machine", check.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://alice:s3cr3tPa55@github.com/owner/repo", "s3cr3tPa55", "password")]
    [InlineData("https://ghp_T0kenValue99@github.com/owner/repo", "ghp_T0kenValue99", "user name")]
    [InlineData("ssh://git:hunter2222@github.com/owner/repo", "hunter2222", "password")]
    [InlineData("git:hunter2222@github.com:owner/repo", "hunter2222", "password")]
    [InlineData("ftp://bob:Zq9secretZq9@github.com/owner/repo", "Zq9secretZq9", "ftp")]
    [InlineData("https://alice:pa55/w0rd@github.com/owner/repo", "pa55", "'https://***@github.com/owner/repo'")]
    public void Check_Credentials_AreRefusedWithoutQuotingThem(string entry, string secret, string reason)
    {
        var check = Policy(schemes: ["https", "ssh"]).Check(entry);

        Assert.False(check.IsAllowed);
        Assert.Contains(reason, check.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, check.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PasswordUrl_SaysToConfigureAToken()
    {
        var check = Policy().Check("https://alice:s3cr3tPa55@github.com/owner/repo");

        Assert.Equal(
            "'https://***@github.com/owner/repo' carries a password; credentials are never kept in requests or "
            + "results, so remove it and ask the operator to configure a token on the server instead.",
            check.Error);
    }

    [Theory]
    [InlineData("http://localhost/o/r", "localhost")]
    [InlineData("http://LOCALHOST./o/r", "localhost")]
    [InlineData("http://api.localhost:8080/o/r", "localhost")]
    [InlineData("http://127.0.0.1/o/r", "loopback")]
    [InlineData("http://127.8.9.10:8080/o/r", "loopback")]
    [InlineData("http://0.0.0.0/o/r", "unspecified")]
    [InlineData("http://10.1.2.3/o/r", "private")]
    [InlineData("http://172.16.0.1/o/r", "private")]
    [InlineData("http://172.31.255.255/o/r", "private")]
    [InlineData("http://192.168.1.1/o/r", "private")]
    [InlineData("http://100.64.0.1/o/r", "carrier-grade NAT")]
    [InlineData("http://100.127.255.254/o/r", "carrier-grade NAT")]
    [InlineData("http://169.254.169.254/o/r", "link-local")]
    [InlineData("http://224.0.0.1/o/r", "multicast")]
    [InlineData("http://255.255.255.255/o/r", "broadcast")]
    [InlineData("http://[::1]/o/r", "loopback")]
    [InlineData("http://[0:0::1]:8080/o/r", "loopback")]
    [InlineData("http://[::]/o/r", "unspecified")]
    [InlineData("http://[fe80::1]/o/r", "link-local")]
    [InlineData("http://[febf::1]/o/r", "link-local")]
    [InlineData("http://[fc00::1]/o/r", "unique-local")]
    [InlineData("http://[fd12:3456::1]/o/r", "unique-local")]
    [InlineData("http://[ff02::1]/o/r", "multicast")]
    [InlineData("http://[::ffff:127.0.0.1]/o/r", "loopback")]
    [InlineData("http://[::ffff:a00:1]/o/r", "private")]
    [InlineData("http://[64:ff9b::a9fe:a9fe]/o/r", "link-local")]
    [InlineData("http://2130706433/o/r", "four decimal parts")]
    [InlineData("http://0x7f000001/o/r", "four decimal parts")]
    [InlineData("http://0x7f.0.0.1/o/r", "four decimal parts")]
    [InlineData("http://0177.0.0.1/o/r", "four decimal parts")]
    [InlineData("http://127.1/o/r", "four decimal parts")]
    [InlineData("http://1.2.3.4.5/o/r", "four decimal parts")]
    [InlineData("git@127.0.0.1:o/r", "loopback")]
    [InlineData("git@[::1]:o/r", "loopback")]
    public void Check_PrivateHost_IsRefusedEvenWhenAnyHostIsAllowed(string entry, string reason)
    {
        var check = Policy(schemes: ["https", "http", "ssh"], hosts: ["*"]).Check(entry);

        Assert.False(check.IsAllowed);
        Assert.Contains(reason, check.Error, StringComparison.Ordinal);
        Assert.Contains("Harvest:Access:AllowPrivateAddresses", check.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PrivateHostOnTheHostList_IsStillRefused()
    {
        var check = Policy(hosts: ["localhost", "10.0.0.5"]).Check("https://10.0.0.5/team/repo");

        Assert.Contains("a private address", check.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://LOCALHOST./o/r", "http://localhost/o/r")]
    [InlineData("http://10.1.2.3:8080/o/r/", "http://10.1.2.3:8080/o/r")]
    [InlineData("http://[::FFFF:127.0.0.1]/o/r", "http://[::ffff:127.0.0.1]/o/r")]
    [InlineData("http://[FE80:0::1]/o/r", "http://[fe80::1]/o/r")]
    [InlineData("http://2130706433/o/r", "http://2130706433/o/r")]
    [InlineData("git@[::1]:o/r", "git@[::1]:o/r")]
    public void Check_PrivateHostWhenPrivateAllowed_IsAccepted(string entry, string expected)
    {
        var check = Policy(schemes: ["https", "http", "ssh"], hosts: ["*"], privateAddresses: true).Check(entry);

        Assert.Null(check.Error);
        Assert.Equal(expected, check.Normalized);
    }

    [Theory]
    [InlineData("http://8.8.8.8/o/r", "http://8.8.8.8/o/r")]
    [InlineData("http://172.32.0.1/o/r", "http://172.32.0.1/o/r")]
    [InlineData("http://100.128.0.1/o/r", "http://100.128.0.1/o/r")]
    [InlineData("https://[2001:DB8::1]/o/r", "https://[2001:db8::1]/o/r")]
    [InlineData("https://Example.org/Team/Tool", "https://example.org/Team/Tool")]
    [InlineData("https://git.example.org/repo.git", "https://git.example.org/repo")]
    [InlineData("https://git.example.org/a/b/c", "https://git.example.org/a/b/c")]
    public void Check_AnyHostAllowed_AcceptsPublicHosts(string entry, string expected)
    {
        var check = Policy(schemes: ["https", "http"], hosts: ["*"]).Check(entry);

        Assert.Null(check.Error);
        Assert.Equal(expected, check.Normalized);
    }

    [Theory]
    [InlineData("https:/github.com/owner/repo")]
    [InlineData("HTTP:/github.com/owner/repo")]
    public void Check_UrlMissingItsSlashes_SaysSo(string entry)
    {
        var check = Policy().Check(entry);

        Assert.Contains("missing the '//' after its scheme", check.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://github.com/owner/repo?tab=readme")]
    [InlineData("https://github.com/owner/repo#readme")]
    [InlineData("https://github.com?owner/repo")]
    public void Check_QueryOrFragment_IsRefused(string entry)
    {
        var check = Policy().Check(entry);

        Assert.False(check.IsAllowed);
        Assert.Contains("query or fragment", check.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_QueryWithToken_IsNotQuoted()
    {
        var check = Policy().Check("https://github.com/owner/repo?access_token=Zz9TokenZz9");

        Assert.DoesNotContain("Zz9TokenZz9", check.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://github.com")]
    [InlineData("https://github.com/")]
    [InlineData("https://github.com/owner")]
    [InlineData("https://github.com/owner/repo/tree/main")]
    [InlineData("https://github.com/owner/../repo")]
    [InlineData("https://github.com//owner/repo")]
    [InlineData("https://github.com/owner/repo name")]
    [InlineData(@"https://github.com\@evil.example/owner/repo")]
    [InlineData("https://github.com:99999/owner/repo")]
    [InlineData("https://github.com:https/owner/repo")]
    [InlineData("https://git_hub.com%2e/owner/repo")]
    [InlineData("1https://github.com/owner/repo")]
    public void Check_MalformedUrl_IsRefused(string entry)
    {
        var check = Policy(hosts: ["github.com", "*"]).Check(entry);

        Assert.False(check.IsAllowed);
        Assert.Null(check.Normalized);
        Assert.StartsWith("'", check.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.org/")]
    [InlineData("https://example.org/.git")]
    public void Check_OtherHostWithoutPath_IsRefused(string entry)
    {
        var check = Policy(hosts: ["*"]).Check(entry);

        Assert.Contains("names no repository", check.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://github.com/Owner/Repo", "github.com/owner/repo")]
    [InlineData("ssh://git@github.com/OWNER/repo", "github.com/owner/repo")]
    [InlineData("git@github.com:Owner/Repo", "github.com/owner/repo")]
    [InlineData("https://github.com:8443/Owner/Repo", "https://github.com:8443/Owner/Repo")]
    [InlineData("https://example.org/Team/Tool", "https://example.org/Team/Tool")]
    [InlineData("/srv/Repo", "/srv/Repo")]
    public void DedupeKey_Normalized_LowersOnlyGitHubPaths(string normalized, string expected)
    {
        Assert.Equal(expected, RepositoryUrlPolicy.DedupeKey(normalized));
    }

    [Fact]
    public void Constructor_NullOptions_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new RepositoryUrlPolicy(null!));
    }

    [Fact]
    public void Constructor_OptionsChangedLater_KeepsTheFirstValues()
    {
        var options = new RepositoryAccessOptions();
        var policy = new RepositoryUrlPolicy(options);

        options.AllowedHosts.Add("*");

        Assert.False(policy.Check("https://example.org/team/tool").IsAllowed);
    }

    private static RepositoryUrlPolicy Policy(
        string[]? schemes = null,
        string[]? hosts = null,
        bool local = false,
        bool privateAddresses = false)
    {
        var options = new RepositoryAccessOptions { AllowLocalPaths = local, AllowPrivateAddresses = privateAddresses };
        foreach (var scheme in schemes ?? [])
        {
            options.AllowedSchemes.Add(scheme);
        }

        foreach (var host in hosts ?? [])
        {
            options.AllowedHosts.Add(host);
        }

        return new RepositoryUrlPolicy(options);
    }
}
