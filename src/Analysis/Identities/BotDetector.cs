using System.Text.RegularExpressions;

namespace TruckFactor.Analysis.Identities;

/// <summary>Recognises automated accounts by name or email.</summary>
public sealed partial class BotDetector
{
    private readonly HashSet<string> _names;

    /// <summary>Initializes a new instance of the <see cref="BotDetector"/> class.</summary>
    /// <param name="names">Account names (case-insensitive) that are bots besides those ending in "[bot]".</param>
    public BotDetector(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        _names = new HashSet<string>(names.Select(n => n.Trim()), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Gets the detector with the known accounts of common hosting services and dependency tools.</summary>
    public static BotDetector Default { get; } = new(
    [
        "dependabot", "dependabot-preview", "renovate", "renovate-bot", "renovatebot", "greenkeeper",
        "greenkeeperio-bot", "snyk-bot", "github-actions", "github-action", "web-flow", "allcontributors",
        "all-contributors", "imgbot", "pyup-bot", "pre-commit-ci", "codecov-io", "whitesource-bolt-for-github",
        "semantic-release-bot", "mergify", "copilot", "gitter-badger", "travis ci", "jenkins", "azure pipelines",
    ]);

    /// <summary>Tells whether the identity belongs to a bot.</summary>
    /// <param name="name">The author name after .mailmap.</param>
    /// <param name="email">The author email after .mailmap.</param>
    /// <returns>True for a bot.</returns>
    public bool IsBot(string name, string email)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(email);

        var local = email.Split('@')[0];
        return BotSuffix().IsMatch(name) || BotSuffix().IsMatch(local) || _names.Contains(name.Trim())
            || _names.Contains(StripNumericPrefix(local));
    }

    // GitHub's noreply addresses look like 49699333+dependabot[bot]@users.noreply.github.com.
    private static string StripNumericPrefix(string local)
    {
        var plus = local.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 ? local[(plus + 1)..] : local;
    }

    [GeneratedRegex(@"(\[bot\]|[-_]bot)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BotSuffix();
}
