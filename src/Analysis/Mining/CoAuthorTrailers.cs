using System.Text.RegularExpressions;

namespace TruckFactor.Analysis.Mining;

/// <summary>
/// Reads the <c>Co-authored-by: Name &lt;email&gt;</c> trailers GitHub and others add to commit messages.
/// </summary>
public static partial class CoAuthorTrailers
{
    /// <summary>Returns the co-authors named in a commit message, each once, in the order written.</summary>
    /// <param name="message">The full commit message; null gives none.</param>
    /// <returns>The co-authors; empty when there are none.</returns>
    public static IReadOnlyList<CoAuthor> Parse(string? message)
    {
        // A cheap test first: almost no commit has a trailer, and the message of every commit passes here.
        if (message is null || message.IndexOf("co-authored-by", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return [];
        }

        var result = new List<CoAuthor>();
        foreach (Match match in Trailer().Matches(message))
        {
            var name = match.Groups["name"].Value.Trim();
            var email = match.Groups["email"].Value.Trim();
            if (email.Length == 0 && name.Length == 0)
            {
                continue;
            }

            var coAuthor = new CoAuthor(name, email);
            if (!result.Contains(coAuthor))
            {
                result.Add(coAuthor);
            }
        }

        return result;
    }

    [GeneratedRegex(
        @"^[ \t]*co-authored-by:[ \t]*(?<name>[^<\r\n]*?)[ \t]*<(?<email>[^>\r\n]*)>[ \t]*\r?$",
        RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Trailer();
}
