namespace TruckFactor.Harvest.Discovery;

/// <summary>How to reach the GitHub REST API, read from the <c>GitHub</c> configuration section.</summary>
public sealed class GitHubOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "GitHub";

    /// <summary>The API root: https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise Server.</summary>
    public string ApiBaseUrl { get; set; } = "https://api.github.com";

    /// <summary>
    /// An optional token (setting <c>GitHub:Token</c>, environment <c>GitHub__Token</c>); without one GitHub allows
    /// 60 requests an hour and 10 searches a minute. It is sent only to <see cref="ApiBaseUrl"/>'s host.
    /// </summary>
    public string? Token { get; set; }

    /// <summary>
    /// Where the token is also used to clone: the scheme, host and port of clone URLs that get it, such as
    /// https://github.com. Empty means the web host of <see cref="ApiBaseUrl"/>: github.com for api.github.com, the
    /// API's own host for GitHub Enterprise Server. Clone URLs anywhere else never get the token.
    /// </summary>
    public string? CloneBaseUrl { get; set; }

    /// <summary>The longest wait for a rate limit to reset; a longer one fails with the reset time.</summary>
    public TimeSpan MaxRateLimitWait { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// The first wait after a secondary rate limit that names no time; it doubles on each further try.
    /// GitHub asks for at least a minute.
    /// </summary>
    public TimeSpan SecondaryRateLimitDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The User-Agent GitHub requires on every request.</summary>
    public string UserAgent { get; set; } = "TruckFactor";
}
