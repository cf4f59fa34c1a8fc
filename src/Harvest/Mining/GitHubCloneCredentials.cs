using TruckFactor.Analysis.Mining;
using TruckFactor.Harvest.Discovery;

namespace TruckFactor.Harvest.Mining;

/// <summary>
/// Decides which clone URLs get the GitHub token: only those on the configured GitHub web host (same scheme, host
/// and port), so a private repository can be cloned while a repository anywhere else never sees the token.
/// </summary>
public sealed class GitHubCloneCredentials
{
    /// <summary>The user name GitHub expects with a token over https.</summary>
    public const string TokenUserName = "x-access-token";

    private const string PublicApiHost = "api.github.com";

    private readonly string? _token;

    /// <summary>Initializes a new instance of the <see cref="GitHubCloneCredentials"/> class.</summary>
    /// <param name="options">The token, the API root and the optional clone root.</param>
    /// <exception cref="ArgumentException">
    /// A token is set and the clone root (or, without one, the API root) is not an http or https URL without user
    /// information.
    /// </exception>
    public GitHubCloneCredentials(GitHubOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        _token = string.IsNullOrWhiteSpace(options.Token) ? null : options.Token.Trim();
        if (_token is null)
        {
            return;
        }

        var setting = string.IsNullOrWhiteSpace(options.CloneBaseUrl) ? "ApiBaseUrl" : "CloneBaseUrl";
        var text = setting == "ApiBaseUrl" ? options.ApiBaseUrl : options.CloneBaseUrl;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var root) || root.Scheme is not ("http" or "https")
            || root.UserInfo.Length > 0)
        {
            throw new ArgumentException(
                $"{GitHubOptions.Section}:{setting} '{text}' is not an http or https URL without user information; "
                + "give one such as https://github.com.",
                nameof(options));
        }

        // The public API lives on its own host; GitHub Enterprise Server serves the API and the clones from one.
        Origin = setting == "ApiBaseUrl" && root.Host.Equals(PublicApiHost, StringComparison.OrdinalIgnoreCase)
            ? new Uri("https://github.com")
            : new Uri(root.GetLeftPart(UriPartial.Authority));
    }

    /// <summary>The scheme, host and port that get the token; null when no token is configured.</summary>
    public Uri? Origin { get; }

    /// <summary>The credentials for a clone URL: the token on the configured origin, nothing elsewhere.</summary>
    /// <param name="url">The URL git is about to clone, fetch or authenticate to.</param>
    /// <returns>The token as credentials, or null.</returns>
    public GitCredentials? For(string url)
    {
        if (_token is null || Origin is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var same = string.Equals(uri.Scheme, Origin.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(uri.Host, Origin.Host, StringComparison.OrdinalIgnoreCase)
            && uri.Port == Origin.Port
            && uri.UserInfo.Length == 0;
        return same ? new GitCredentials(TokenUserName, _token) : null;
    }
}
