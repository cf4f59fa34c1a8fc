using System.Text;
using System.Text.RegularExpressions;

namespace TruckFactor.Analysis.Mining;

/// <summary>Helpers for clone URLs: cache folder names and removal of credentials.</summary>
public static partial class RepositoryUrl
{
    /// <summary>Tells whether the text is git's scp-like form, <c>user@host:path</c>.</summary>
    /// <param name="location">The text to test.</param>
    /// <returns>True when it has that form.</returns>
    public static bool IsScpLike(string location) => ScpLike().IsMatch(location);

    /// <summary>Returns the URL without any user name, password or token.</summary>
    /// <param name="url">A clone URL.</param>
    /// <returns>The URL safe to show and log.</returns>
    public static string WithoutCredentials(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.UserInfo.Length > 0)
        {
            return new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty }.Uri.ToString();
        }

        return url;
    }

    /// <summary>Removes the URL's credentials wherever they appear in a message.</summary>
    /// <param name="message">A message that may quote the URL.</param>
    /// <param name="url">The URL that may carry credentials.</param>
    /// <returns>The message without them.</returns>
    public static string Redact(string message, string url)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(url);
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.UserInfo.Length > 0)
        {
            message = message.Replace(url, WithoutCredentials(url), StringComparison.Ordinal);
            foreach (var part in uri.UserInfo.Split(':'))
            {
                if (part.Length > 0)
                {
                    message = message.Replace(part, "***", StringComparison.Ordinal);
                    message = message.Replace(Uri.UnescapeDataString(part), "***", StringComparison.Ordinal);
                }
            }
        }

        return message;
    }

    /// <summary>Maps a URL to a relative cache folder: host, then path, made safe for any file system.</summary>
    /// <param name="url">A clone URL.</param>
    /// <returns>A relative path ending in ".git".</returns>
    public static string ToCacheFolder(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        string host, path;
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            host = uri.IsFile ? "local" : uri.Authority.Replace(uri.UserInfo + "@", string.Empty);
            path = uri.AbsolutePath;
        }
        else
        {
            var match = ScpLike().Match(url);
            (host, path) = (match.Groups["host"].Value, match.Groups["path"].Value);
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Safe).Where(s => s.Length > 0);
        var name = string.Join('/', segments.Prepend(Safe(host)));
        return name.EndsWith(".git", StringComparison.OrdinalIgnoreCase) ? name : name + ".git";
    }

    private static string Safe(string segment)
    {
        var builder = new StringBuilder(segment.Length);
        foreach (var c in segment)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        }

        // A segment of dots alone would climb out of the cache folder.
        return builder.ToString().Trim('.');
    }

    [GeneratedRegex(@"^(?:[^@/\s]+@)?(?<host>[A-Za-z0-9.\-]{2,}):(?<path>[^\s]+)$")]
    private static partial Regex ScpLike();
}
