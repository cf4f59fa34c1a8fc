using TruckFactor.Analysis.Tests.Support;
using static TruckFactor.Harvest.Tests.Discovery.FakeGitHubApi;

namespace TruckFactor.Harvest.Tests.Discovery;

/// <summary>The built <c>truckfactor discover</c> against a fake GitHub API on 127.0.0.1.</summary>
public sealed class DiscoverCommandTests
{
    [Fact]
    public async Task Discover_SearchWithTokenEnv_PrintsOneUrlPerLineAndSendsToken()
    {
        const string token = "ghp_cliTokenThatMustNotLeak987654321";
        await using var api = await StartAsync((context, index) => index == 0
            ? WritePageAsync(
                context,
                [Repository("o/a"), Repository("o/fork", fork: true)],
                $"http://{context.Request.Host}/next?page=2")
            : WritePageAsync(context, [Repository("o/b"), Repository("o/c")], next: null));

        // A name of its own, so no other test's environment is touched; the child process inherits it.
        var variable = "TF_DISCOVER_TEST_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(variable, token);
        var home = Directory.CreateTempSubdirectory("tf-discover-").FullName;
        try
        {
            var result = await Task.Run(() => CliRunner.Run(
                home, "discover", "language:java stars:>1000", "--limit", "2", "--api-url", api.BaseUrl,
                "--token-env", variable));

            result.ThrowIfFailed();
            Assert.Equal("https://github.com/o/a\nhttps://github.com/o/b\n", result.Text.ReplaceLineEndings("\n"));
            Assert.Contains("Discovered 2 repositories", result.Error, StringComparison.Ordinal);
            Assert.All(api.Requests, request => Assert.Equal("Bearer " + token, request.Authorization));
            Assert.DoesNotContain(token, result.Text + result.Error, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
            Directory.Delete(home, recursive: true);
        }
    }
}
