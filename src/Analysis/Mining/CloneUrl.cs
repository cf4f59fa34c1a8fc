using System.Text.RegularExpressions;
using TruckFactor.Analysis.Errors;

namespace TruckFactor.Analysis.Mining;

/// <summary>
/// A clone URL split into the address git is given and the credentials it carried, so that a user name, password
/// or token never reaches libgit2's configuration, a message, a log or a folder name.
/// </summary>
public sealed partial class CloneUrl
{
    private static readonly HashSet<string> Schemes = new(StringComparer.OrdinalIgnoreCase)
    {
        "https", "http", "ssh", "git", "file",
    };

    // A secret this short also occurs inside ordinary words; redacting it would garble messages.
    private const int ShortestRedactedSecret = 4;

    private CloneUrl(string address, string display, string? userName, string? password)
    {
        Address = address;
        Display = display;
        UserName = userName;
        Password = password;
    }

    /// <summary>Gets the URL without credentials, as given to git.</summary>
    public string Address { get; }

    /// <summary>Gets the URL without credentials or query, safe to show and log.</summary>
    public string Display { get; }

    /// <summary>Gets the user name (or token) the URL carried, or null.</summary>
    public string? UserName { get; }

    /// <summary>Gets the password the URL carried, or null.</summary>
    public string? Password { get; }

    /// <summary>Parses a clone URL (<c>scheme://…</c> or git's scp-like <c>user@host:path</c>).</summary>
    /// <param name="url">The URL as typed.</param>
    /// <returns>The parsed URL.</returns>
    /// <exception cref="RepositoryAccessException">The scheme is not one git can clone from here.</exception>
    public static CloneUrl Parse(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var separator = url.IndexOf("://", StringComparison.Ordinal);
        if (separator < 0)
        {
            return new CloneUrl(url, url, null, null);
        }

        var scheme = url[..separator];
        var rest = url[(separator + 3)..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var authority = slash < 0 ? rest : rest[..slash];
        var at = authority.LastIndexOf('@');
        var (user, password) = at < 0 ? (null, null) : SplitUserInfo(authority[..at]);
        var address = $"{scheme}://{rest[(at + 1)..]}";
        var query = address.IndexOfAny(['?', '#']);
        var display = query < 0 ? address : address[..query];
        if (!Schemes.Contains(scheme))
        {
            throw new RepositoryAccessException(
                $"'{display}' uses the scheme '{scheme}', which cannot be cloned. Use an https://, http://, "
                + "ssh://, git:// or file:// URL, or the path of a local repository.");
        }

        return new CloneUrl(address, display, user, password);
    }

    /// <summary>Tells whether the text is git's scp-like form, <c>user@host:path</c>.</summary>
    /// <param name="location">The text to test.</param>
    /// <returns>True when it has that form.</returns>
    public static bool IsScpLike(string location) => ScpLike().IsMatch(location);

    /// <summary>Removes this URL's credentials wherever they appear in a message.</summary>
    /// <param name="message">A message that may quote the URL.</param>
    /// <returns>The message without them.</returns>
    public string Redact(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach (var secret in new[] { Password, Password is null ? UserName : null })
        {
            if (secret is { Length: >= ShortestRedactedSecret })
            {
                message = message.Replace(secret, "***", StringComparison.Ordinal);
            }
        }

        return message;
    }

    /// <summary>Maps the URL to a relative cache folder: host, then path, safe for any file system.</summary>
    /// <returns>A relative path ending in ".git".</returns>
    public string ToCacheFolder()
    {
        string host, path;
        var separator = Display.IndexOf("://", StringComparison.Ordinal);
        if (separator >= 0)
        {
            var scheme = Display[..separator].ToLowerInvariant();
            var rest = Display[(separator + 3)..];
            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            host = scheme == "file" ? "local" : slash < 0 ? rest : rest[..slash];
            path = slash < 0 ? string.Empty : rest[slash..];
        }
        else
        {
            var match = ScpLike().Match(Display);
            (host, path) = (match.Groups["host"].Value, match.Groups["path"].Value);
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Safe).Where(s => s.Length > 0);
        var name = string.Join('/', segments.Prepend(Safe(host)));
        return name.EndsWith(".git", StringComparison.OrdinalIgnoreCase) ? name : name + ".git";
    }

    private static (string? User, string? Password) SplitUserInfo(string userInfo)
    {
        var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
        var user = Uri.UnescapeDataString(colon < 0 ? userInfo : userInfo[..colon]);
        var password = colon < 0 ? null : Uri.UnescapeDataString(userInfo[(colon + 1)..]);
        return (user.Length == 0 ? null : user, string.IsNullOrEmpty(password) ? null : password);
    }

    private static string Safe(string segment)
    {
        var builder = new System.Text.StringBuilder(segment.Length);
        foreach (var c in segment)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '+' ? c : '_');
        }

        // A segment of dots alone would climb out of the cache folder.
        return builder.ToString().Trim('.');
    }

    [GeneratedRegex(@"^(?:[^@/\s]+@)?(?<host>[A-Za-z0-9.\-]{2,}):(?<path>[^\s]+)$")]
    private static partial Regex ScpLike();
}
