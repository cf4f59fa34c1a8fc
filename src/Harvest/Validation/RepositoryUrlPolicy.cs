using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security;
using System.Text.RegularExpressions;
using TruckFactor.Harvest.Options;

namespace TruckFactor.Harvest.Validation;

/// <summary>
/// Decides which repository entries of a request a harvest may reach, following <see cref="RepositoryAccessOptions"/>,
/// and gives each allowed entry one canonical form. The checks read the text alone and never resolve a name, so a
/// public name that resolves to a private address is not caught here.
/// </summary>
public sealed partial class RepositoryUrlPolicy
{
    private const string GitHubHost = "github.com";
    private const string AnyHost = "*";
    private const string Example = "https://github.com/owner/name";

    // RFC 3986 lets user information carry a password; ssh is the one scheme where a bare user name is normal.
    private static readonly HashSet<string> SshSchemes = new(StringComparer.Ordinal) { "ssh", "git+ssh", "ssh+git" };

    private static readonly Dictionary<string, int> DefaultPorts = new(StringComparer.Ordinal)
    {
        ["https"] = 443, ["http"] = 80, ["ssh"] = 22, ["git+ssh"] = 22, ["ssh+git"] = 22, ["git"] = 9418,
    };

    private readonly HashSet<string> _schemes;
    private readonly HashSet<string> _hosts;
    private readonly bool _anyHost;
    private readonly bool _allowLocalPaths;
    private readonly bool _allowPrivateAddresses;

    /// <summary>Initializes a new instance of the <see cref="RepositoryUrlPolicy"/> class.</summary>
    /// <param name="options">The access options; their values are copied, so later changes have no effect.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public RepositoryUrlPolicy(RepositoryAccessOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _schemes = new HashSet<string>(options.EffectiveSchemes.Select(s => Lower(s.Trim())), StringComparer.Ordinal);
        _hosts = new HashSet<string>(options.EffectiveHosts.Select(ListedHost), StringComparer.Ordinal);
        _anyHost = _hosts.Contains(AnyHost);
        _allowLocalPaths = options.AllowLocalPaths;
        _allowPrivateAddresses = options.AllowPrivateAddresses;
    }

    /// <summary>
    /// Checks one repository entry: an http(s), ssh or git URL, git's scp-like <c>user@host:path</c>, a
    /// <c>file://</c> URL or a local path.
    /// </summary>
    /// <param name="entry">The entry as the request gave it.</param>
    /// <returns>The normalized form, or the reason the entry is refused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    public RepositoryCheck Check(string entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var text = entry.Trim();
        var (normalized, error) = text switch
        {
            "" => Fail($"A repository entry is empty; give a URL such as {Example}."),
            _ when text.Any(char.IsControl) => Fail(
                "A repository entry contains control characters; give a URL or path on one line."),
            _ when text.Contains("://", StringComparison.Ordinal) => CheckUrl(text),
            _ when ScpLike().Match(text) is { Success: true } scp => CheckScpLike(scp),
            _ => CheckLocalPath(text, text),
        };
        return new RepositoryCheck(entry, error is null ? normalized : null, error);
    }

    /// <summary>
    /// Gives the key under which two normalized entries name the same repository. GitHub ignores the case of owner
    /// and name and serves one repository over https and ssh alike, so its key is <c>github.com/owner/name</c> in
    /// lower case; any other entry is its own key, since other servers may tell case apart.
    /// </summary>
    /// <param name="normalized">A <see cref="RepositoryCheck.Normalized"/> value.</param>
    /// <returns>The key to compare.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="normalized"/> is null.</exception>
    public static string DedupeKey(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var match = GitHubLocation().Match(normalized);
        return match.Success ? $"{GitHubHost}/{Lower(match.Groups["path"].Value)}" : normalized;
    }

    private (string? Normalized, string? Error) CheckUrl(string text)
    {
        var separator = text.IndexOf("://", StringComparison.Ordinal);
        var scheme = Lower(text[..separator]);
        var rest = text[(separator + 3)..];
        var end = rest.IndexOfAny(['/', '?', '#']);
        var authority = end < 0 ? rest : rest[..end];
        var tail = end < 0 ? string.Empty : rest[end..];
        var at = authority.LastIndexOf('@');
        var user = at < 0 ? null : authority[..at];
        var display = Display(text[..separator], rest, SshSchemes.Contains(scheme));
        if (!SchemeSyntax().IsMatch(scheme))
        {
            return Fail($"'{display}' does not start with a URL scheme; give a URL such as {Example}.");
        }

        if (scheme == "file")
        {
            return CheckFileUrl(authority, tail, display);
        }

        if (!_schemes.Contains(scheme))
        {
            return Fail($"'{display}' uses the scheme '{scheme}', which this server does not accept (accepted: "
                + $"{string.Join(", ", _schemes)}); use a URL with an accepted scheme, or ask the operator to add "
                + $"'{scheme}' to {Setting(nameof(RepositoryAccessOptions.AllowedSchemes))}.");
        }

        var refusal = CheckUserInfo(user, SshSchemes.Contains(scheme), display) ?? CheckQuery(tail, display)
            ?? (rest.Any(c => char.IsWhiteSpace(c) || c == '\\')
                ? $"'{display}' contains spaces or backslashes, which a URL cannot hold; percent-encode them."
                : null);
        return refusal is null ? CheckAddress(scheme, user, authority[(at + 1)..], tail, display) : Fail(refusal);
    }

    private (string? Normalized, string? Error) CheckAddress(
        string scheme,
        string? user,
        string hostPort,
        string tail,
        string display)
    {
        var (rawHost, port, portError) = SplitPort(hostPort, display);
        var (host, hostError) = portError is null ? CheckHost(rawHost, display) : (null, portError);
        if (host is null)
        {
            return Fail(hostError!);
        }

        var (path, pathError) = CheckPath(tail.Length == 0 ? tail : tail[1..], host, display);
        var shownPort = port is null || DefaultPorts.GetValueOrDefault(scheme) == port ? string.Empty : $":{port}";
        return path is null
            ? Fail(pathError!)
            : ($"{scheme}://{(user is null ? string.Empty : user + "@")}{host}{shownPort}/{path}", null);
    }

    private (string? Normalized, string? Error) CheckScpLike(Match scp)
    {
        var user = scp.Groups["user"].Success ? scp.Groups["user"].Value : null;
        var rawPath = scp.Groups["path"].Value;
        var query = rawPath.IndexOfAny(['?', '#']);
        // Only git's usual login name is shown; any other may be a token.
        var shownUser = user is null ? string.Empty : (user == "git" ? user : "***") + "@";
        var display = $"{shownUser}{scp.Groups["host"].Value}:{(query < 0 ? rawPath : rawPath[..query] + "?…")}";
        if (user is null && rawPath.StartsWith('/') && UrlScheme().IsMatch(scp.Groups["host"].Value))
        {
            return Fail($"'{display}' looks like a URL missing the '//' after its scheme; write it as {Example}.");
        }

        if (!_schemes.Contains("ssh"))
        {
            return Fail($"'{display}' is an ssh address in git's scp-like form, and this server does not accept ssh; "
                + $"use a URL such as {Example}, or ask the operator to add 'ssh' to "
                + $"{Setting(nameof(RepositoryAccessOptions.AllowedSchemes))}.");
        }

        var refusal = CheckUserInfo(user, isSsh: true, display) ?? CheckQuery(rawPath, display);
        var (host, hostError) = refusal is null ? CheckHost(scp.Groups["host"].Value, display) : (null, refusal);
        if (host is null)
        {
            return Fail(hostError!);
        }

        // An scp-like path without a slash is relative to the login's home; with one it is absolute on the server.
        var absolute = rawPath.StartsWith('/') && host != GitHubHost ? "/" : string.Empty;
        var (path, pathError) = CheckPath(rawPath[absolute.Length..], host, display);
        return path is null ? Fail(pathError!) : ($"{shownUser}{host}:{absolute}{path}", null);
    }

    private (string? Normalized, string? Error) CheckFileUrl(string authority, string tail, string display)
    {
        if (!_allowLocalPaths)
        {
            return RefuseLocal(display);
        }

        if (CheckQuery(tail, display) is { } refusal)
        {
            return Fail(refusal);
        }

        if (authority.Length > 0 && !string.Equals(authority, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return Fail($"'{display}' names a file on another machine; a file URL must name a folder on this "
                + "machine, as file:///path/to/repository.");
        }

        // file:///C:/repo carries a Windows drive after the URL's own slash.
        var path = Uri.UnescapeDataString(tail);
        path = WindowsDrive().IsMatch(path.TrimStart('/')) ? path.TrimStart('/') : path;
        return path.Length == 0
            ? Fail($"'{display}' names no folder; write file:///path/to/repository.")
            : CheckLocalPath(path, display);
    }

    private (string? Normalized, string? Error) CheckLocalPath(string path, string display)
    {
        if (!_allowLocalPaths)
        {
            return RefuseLocal(display);
        }

        try
        {
            var home = Environment.GetEnvironmentVariable("HOME") is { Length: > 0 } set
                ? set
                : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            var expanded = path == "~" || path.StartsWith("~/", StringComparison.Ordinal)
                || path.StartsWith("~\\", StringComparison.Ordinal) ? home + path[1..] : path;

            // Existence is not checked here: a missing folder becomes that repository's failed outcome.
            return (Path.TrimEndingDirectorySeparator(Path.GetFullPath(expanded)), null);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException
            or SecurityException)
        {
            return Fail($"'{display}' is not a valid local path ({e.Message}); give the full path of a repository.");
        }
    }

    private (string? Host, string? Error) CheckHost(string rawHost, string display)
    {
        var host = NormalizeHost(rawHost);
        if (host is null)
        {
            return (null, $"'{display}' does not name a valid host; give a URL such as {Example}.");
        }

        if (!_anyHost && !_hosts.Contains(host))
        {
            return (null, $"'{display}' names the host '{host}', which this server does not accept (accepted: "
                + $"{string.Join(", ", _hosts)}); use a repository on an accepted host, or ask the operator to add "
                + $"the host to {Setting(nameof(RepositoryAccessOptions.AllowedHosts))}.");
        }

        var reason = _allowPrivateAddresses ? null : PrivateHostReason(host);
        return reason is null
            ? (host, null)
            : (null, $"'{display}' points at {reason}, which this server does not reach; give a public host, or ask "
                + $"the operator to set {Setting(nameof(RepositoryAccessOptions.AllowPrivateAddresses))}.");
    }

    private static (string? Path, string? Error) CheckPath(string path, string host, string display)
    {
        var trimmed = path.TrimEnd('/');
        trimmed = trimmed.EndsWith(".git", StringComparison.OrdinalIgnoreCase) ? trimmed[..^4] : trimmed;
        if (trimmed.Length == 0)
        {
            return (null, $"'{display}' names no repository; add its path, as in {Example}.");
        }

        var segments = trimmed.Split('/');
        if (segments.Any(s => s is "" or "." or ".."))
        {
            return (null, $"'{display}' has an empty, '.' or '..' path segment; write the repository's path plainly.");
        }

        return host == GitHubHost && segments.Length != 2
            ? (null, $"'{display}' is not a GitHub repository address; write it as {Example}.")
            : (trimmed, null);
    }

    private static string? CheckUserInfo(string? user, bool isSsh, string display) => user switch
    {
        null => null,
        _ when user.Contains(':') => $"'{display}' carries a password; credentials are never kept in requests or "
            + "results, so remove it and ask the operator to configure a token on the server instead.",
        _ when !isSsh || user.Length == 0 => $"'{display}' carries a user name, which may be a token; credentials are "
            + "never kept in requests or results, so remove it and ask the operator to configure a token instead.",
        _ => null,
    };

    private static string? CheckQuery(string path, string display) => path.IndexOfAny(['?', '#']) < 0
        ? null
        : $"'{display}' has a query or fragment (after '?' or '#'); remove it and give the repository's address "
            + "alone.";

    /// <summary>
    /// Gives an address as messages and logs may show it: user information and queries, which may carry a token,
    /// are hidden. Text without a scheme (a path) is returned as it is.
    /// </summary>
    /// <param name="entry">A repository entry as given or found.</param>
    /// <returns>The entry fit to show.</returns>
    public static string Redact(string entry)
    {
        ArgumentNullException.ThrowIfNull(entry);

        var separator = entry.IndexOf("://", StringComparison.Ordinal);
        return separator <= 0 ? entry : Display(entry[..separator], entry[(separator + 3)..], keepUser: false);
    }

    // Every message quotes this form: user information may be a token and a query may carry one. A password that
    // holds a '/' ends the authority early, so the last '@' before the query decides what is hidden.
    private static string Display(string scheme, string rest, bool keepUser)
    {
        // A password may hold '/', '?' or '#', so the user information is judged up to the last '@' first; only
        // then is a query cut off. Hiding too much is harmless, quoting a token is not.
        var at = rest.LastIndexOf('@');
        var user = at < 0 ? null : rest[..at];
        var hide = user is not null
            && (user.IndexOfAny([':', '?', '#']) >= 0 || (!keepUser && !user.Contains('/')));
        var address = hide ? "***" + rest[at..] : rest;
        var query = address.IndexOfAny(['?', '#']);
        return $"{scheme}://{(query < 0 ? address : address[..query] + "?…")}";
    }

    private static (string Host, int? Port, string? Error) SplitPort(string hostPort, string display)
    {
        var close = hostPort.StartsWith('[') ? hostPort.IndexOf(']', StringComparison.Ordinal) : -1;
        var colon = hostPort.LastIndexOf(':');
        if (colon < close || colon < 0 || (hostPort.StartsWith('[') && colon != close + 1))
        {
            return (hostPort, null, null);
        }

        var digits = hostPort[(colon + 1)..];
        return digits.Length == 0
            ? (hostPort[..colon], null, null)
            : digits.All(char.IsAsciiDigit) && int.TryParse(digits, CultureInfo.InvariantCulture, out var port)
                && port is > 0 and <= 65535
                ? (hostPort[..colon], port, null)
                : (hostPort, null, $"'{display}' has a port that is not a number from 1 to 65535; fix or remove it.");
    }

    private static string? NormalizeHost(string host)
    {
        if (host.StartsWith('[') && host.EndsWith(']'))
        {
            var inner = host[1..^1];
            return inner.All(c => char.IsAsciiHexDigit(c) || c is ':' or '.')
                && IPAddress.TryParse(inner, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6
                ? $"[{address}]"
                : null;
        }

        // A trailing dot names the same host in DNS; dropping it keeps "localhost." from slipping past the checks.
        var name = Lower(host.EndsWith('.') ? host[..^1] : host);
        var valid = name.Split('.').All(label => label.Length > 0 && label.All(IsHostCharacter));
        return valid ? name : null;
    }

    private static bool IsHostCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';

    private static string? PrivateHostReason(string host)
    {
        if (host == "localhost" || host.EndsWith(".localhost", StringComparison.Ordinal))
        {
            return "this machine (localhost)";
        }

        if (host.StartsWith('['))
        {
            return HostAddressRules.PrivateReason(IPAddress.Parse(host[1..^1]));
        }

        // URL parsers read a host whose last label is a number as an IPv4 address in decimal, octal or hex
        // (http://2130706433/ is 127.0.0.1); only the plain four-part form can be judged safely without them.
        var labels = host.Split('.');
        if (!NumericLabel().IsMatch(labels[^1]))
        {
            return null;
        }

        var octets = labels.Select(l => DecimalOctet().IsMatch(l) ? int.Parse(l, CultureInfo.InvariantCulture) : -1);
        return labels.Length == 4 && octets.All(o => o is >= 0 and <= 255)
            ? HostAddressRules.PrivateReason(new IPAddress([.. octets.Select(o => (byte)o)]))
            : "an address written as a number in a form other than four decimal parts (a.b.c.d)";
    }

    private static (string? Normalized, string? Error) RefuseLocal(string display) => Fail(
        $"'{display}': local paths are not accepted by this server; give an https URL such as {Example}"
        + (HostLikePath().IsMatch(display) ? $" (did you mean https://{display}?)" : string.Empty)
        + $", or ask the operator to set {Setting(nameof(RepositoryAccessOptions.AllowLocalPaths))}.");

    private static (string? Normalized, string? Error) Fail(string error) => (null, error);

    private static string Setting(string property) => $"{RepositoryAccessOptions.Section}:{property}";

    private static string ListedHost(string host)
    {
        var trimmed = host.Trim();
        return IPAddress.TryParse(trimmed.Trim('[', ']'), out var address)
            && address.AddressFamily == AddressFamily.InterNetworkV6
            ? $"[{address}]"
            : Lower(trimmed.TrimEnd('.'));
    }

    // Schemes and host names are case-insensitive (RFC 3986 section 6.2.2.1); lower case is their canonical form.
    private static string Lower(string text) => text.ToLowerInvariant();

    [GeneratedRegex(@"^(?:(?<user>[^@/\\\s]*)@)?(?<host>\[[^\]/]*\]|[^\[\]@/\\:\s]{2,}):(?<path>.*)$")]
    private static partial Regex ScpLike();

    [GeneratedRegex("^(?:https?|ssh|git|file)$", RegexOptions.IgnoreCase)]
    private static partial Regex UrlScheme();

    [GeneratedRegex("^[a-z][a-z0-9+.-]*$")]
    private static partial Regex SchemeSyntax();

    [GeneratedRegex("^(?:[0-9]+|0x[0-9a-f]*)$")]
    private static partial Regex NumericLabel();

    [GeneratedRegex("^(?:0|[1-9][0-9]{0,2})$")]
    private static partial Regex DecimalOctet();

    [GeneratedRegex(@"^[A-Za-z]:(?:[\\/]|$)")]
    private static partial Regex WindowsDrive();

    [GeneratedRegex(@"^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/[^\s]+$")]
    private static partial Regex HostLikePath();

    [GeneratedRegex(@"^(?:[a-z][a-z0-9+.-]*://(?:[^@/]*@)?github\.com/|(?:[^@/:]*@)?github\.com:)"
        + "(?<path>[^/]+/[^/]+)$")]
    private static partial Regex GitHubLocation();
}
