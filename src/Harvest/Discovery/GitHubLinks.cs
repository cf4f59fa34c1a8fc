using System.Text.RegularExpressions;

namespace TruckFactor.Harvest.Discovery;

/// <summary>Reads the <c>Link</c> header GitHub pages its lists with.</summary>
internal static partial class GitHubLinks
{
    /// <summary>The <c>rel="next"</c> URL, or null on the last page.</summary>
    /// <param name="response">A page of results.</param>
    /// <returns>The next page's absolute URL, or null.</returns>
    public static Uri? Next(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Link", out var values))
        {
            return null;
        }

        foreach (Match match in LinkPattern().Matches(string.Join(',', values)))
        {
            if (match.Groups["rel"].Value.Split(' ').Contains("next", StringComparer.OrdinalIgnoreCase))
            {
                return Uri.TryCreate(match.Groups["url"].Value, UriKind.Absolute, out var next)
                    ? next
                    : throw new GitHubDiscoveryException(
                        $"GitHub's next-page link '{match.Groups["url"].Value}' is not an absolute URL.");
            }
        }

        return null;
    }

    /// <summary>Whether a URL has the same scheme, host and port as the API root, and no user information.</summary>
    /// <param name="uri">The URL to check.</param>
    /// <param name="apiBase">The configured API root.</param>
    /// <returns>True when a token may be sent to it.</returns>
    public static bool IsSameOrigin(Uri uri, Uri apiBase)
    {
        return uri.IsAbsoluteUri
            && string.Equals(uri.Scheme, apiBase.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(uri.Host, apiBase.Host, StringComparison.OrdinalIgnoreCase)
            && uri.Port == apiBase.Port
            && uri.UserInfo.Length == 0;
    }

    [GeneratedRegex(@"<(?<url>[^>]*)>\s*;\s*rel=""(?<rel>[^""]*)""")]
    private static partial Regex LinkPattern();
}
