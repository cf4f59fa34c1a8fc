using System.Globalization;
using System.Net;

namespace TruckFactor.Harvest.Discovery;

/// <summary>Reads GitHub's rate-limit answers and decides how long to wait before the next try.</summary>
internal static class GitHubRateLimit
{
    // The reset time is given in whole seconds and our clock may run ahead of GitHub's; a request sent at the
    // reset second itself can still be refused.
    private static readonly TimeSpan ResetMargin = TimeSpan.FromSeconds(1);

    /// <summary>The wait a refused response asks for, or null when it is not a rate limit.</summary>
    /// <param name="response">The refused response.</param>
    /// <param name="message">GitHub's message from the body.</param>
    /// <param name="retry">How many retries have already been made (0 for the first refusal).</param>
    /// <param name="options">The configured longest wait and secondary-limit delay.</param>
    /// <param name="now">The current time.</param>
    /// <exception cref="GitHubDiscoveryException">The wait is longer than allowed.</exception>
    public static TimeSpan? WaitFor(
        HttpResponseMessage response,
        string message,
        int retry,
        GitHubOptions options,
        DateTimeOffset now)
    {
        if (response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests))
        {
            return null;
        }

        if (Header(response, "x-ratelimit-remaining") == "0"
            && long.TryParse(Header(response, "x-ratelimit-reset"), CultureInfo.InvariantCulture, out var epoch))
        {
            var reset = DateTimeOffset.FromUnixTimeSeconds(epoch);
            var wait = reset - now + ResetMargin;
            return Check(wait < TimeSpan.Zero ? ResetMargin : wait, reset, options);
        }

        if (int.TryParse(Header(response, "retry-after"), CultureInfo.InvariantCulture, out var seconds))
        {
            var wait = TimeSpan.FromSeconds(Math.Max(seconds, 0));
            return Check(wait, now + wait, options);
        }

        // A 403 without rate-limit headers is usually a plain refusal (no access, SSO not authorised); only one
        // whose message names a rate limit is worth minutes of waiting. GitHub always sends 429 for limits.
        var limited = response.StatusCode == HttpStatusCode.TooManyRequests
            || message.Contains("rate limit", StringComparison.OrdinalIgnoreCase);
        if (!limited)
        {
            return null;
        }

        var backoff = options.SecondaryRateLimitDelay * Math.Pow(2, retry);
        return Check(backoff, now + backoff, options);
    }

    private static TimeSpan Check(TimeSpan wait, DateTimeOffset until, GitHubOptions options)
    {
        return wait <= options.MaxRateLimitWait
            ? wait
            : throw new GitHubDiscoveryException(
                $"GitHub's rate limit is used up until {until.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC, "
                + $"{wait.TotalMinutes:0.#} minutes from now, longer than GitHub:MaxRateLimitWait "
                + $"({options.MaxRateLimitWait.TotalMinutes:0.#} minutes). Try again after that time, or set a "
                + "token (GitHub__Token) for a higher limit.");
    }

    private static string? Header(HttpResponseMessage response, string name)
    {
        return response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault()?.Trim() : null;
    }
}
