using System.Text;
using System.Text.RegularExpressions;

namespace TruckFactor.Analysis.Classification;

/// <summary>
/// A path pattern as <c>.gitignore</c> and <c>.gitattributes</c> write them: without a slash it matches a file name
/// at any depth; with one it is anchored to its base folder; <c>*</c> and <c>?</c> stay within a path segment,
/// <c>**</c> crosses segments, <c>[…]</c> is a character class and <c>\</c> escapes.
/// </summary>
public sealed class GlobPattern
{
    private readonly Regex _regex;

    private GlobPattern(string text, Regex regex)
    {
        Text = text;
        _regex = regex;
    }

    /// <summary>Gets the pattern as written.</summary>
    public string Text { get; }

    /// <summary>Compiles a pattern.</summary>
    /// <param name="pattern">The pattern.</param>
    /// <param name="baseDirectory">The folder it is relative to (that of its <c>.gitattributes</c>); empty for the
    /// root.</param>
    /// <param name="coverFolders">Whether a pattern naming a folder also matches every path beneath it, as a user
    /// expects of <c>--exclude legacy</c>; <c>.gitattributes</c> patterns do not, even as <c>legacy/</c> (git needs
    /// <c>legacy/**</c>).
    /// </param>
    /// <returns>The compiled pattern.</returns>
    /// <exception cref="ArgumentException">The pattern is empty.</exception>
    public static GlobPattern Parse(string pattern, string baseDirectory = "", bool coverFolders = true)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(baseDirectory);

        var body = pattern.Trim();
        if (body.Length == 0)
        {
            throw new ArgumentException("A path pattern cannot be empty.", nameof(pattern));
        }

        // A trailing slash names a folder: for the user's patterns, everything beneath it matches.
        var folder = body.EndsWith('/');
        body = body.TrimEnd('/');
        var anchored = body.Contains('/');
        body = body.TrimStart('/');

        var regex = new StringBuilder("^");
        if (baseDirectory.Length > 0)
        {
            regex.Append(Regex.Escape(baseDirectory.TrimEnd('/'))).Append('/');
        }

        if (!anchored)
        {
            regex.Append("(?:.*/)?");
        }

        AppendBody(regex, body);

        // In .gitattributes a folder pattern gives the folder itself its attributes, never the files beneath it
        // (gitattributes(5); git check-attr agrees), so it can match no file path, which never ends in a slash.
        var end = coverFolders ? (folder ? "/.*$" : "(?:/.*)?$") : (folder ? "/$" : "$");
        regex.Append(end);
        return new GlobPattern(pattern, new Regex(regex.ToString(), RegexOptions.CultureInvariant));
    }

    /// <summary>Tells whether a path matches.</summary>
    /// <param name="path">The path from the repository root, with <c>/</c> separators.</param>
    /// <returns>True when it matches.</returns>
    public bool IsMatch(string path) => _regex.IsMatch(path);

    /// <inheritdoc />
    public override string ToString() => Text;

    private static void AppendBody(StringBuilder regex, string body)
    {
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            switch (c)
            {
                case '*' when At(body, i + 1, '*'):
                    var leadingSegment = i == 0 || body[i - 1] == '/';
                    var trailingSlash = At(body, i + 2, '/');
                    i++;
                    if (leadingSegment && trailingSlash)
                    {
                        // "**/" matches zero or more whole folders.
                        regex.Append("(?:.*/)?");
                        i++;
                    }
                    else if (leadingSegment && i + 1 == body.Length)
                    {
                        regex.Append(".*");
                    }
                    else
                    {
                        // gitignore(5): asterisks that are not a whole path segment are one ordinary "*".
                        regex.Append("[^/]*");
                    }

                    break;
                case '*':
                    regex.Append("[^/]*");
                    break;
                case '?':
                    regex.Append("[^/]");
                    break;
                case '[':
                    i = AppendClass(regex, body, i);
                    break;
                case '\\' when i + 1 < body.Length:
                    regex.Append(Regex.Escape(body[++i].ToString()));
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }
    }

    private static int AppendClass(StringBuilder regex, string body, int start)
    {
        var end = body.IndexOf(']', start + 2);
        if (end < 0)
        {
            regex.Append("\\[");
            return start;
        }

        var inside = body[(start + 1)..end];
        var negated = inside.StartsWith('!') || inside.StartsWith('^');
        if (negated)
        {
            inside = inside[1..];
        }

        regex.Append(negated ? "[^/" : "[");
        foreach (var c in inside)
        {
            regex.Append(c is '\\' or '[' or ']' or '^' ? "\\" + c : c.ToString());
        }

        regex.Append(']');
        return end;
    }

    private static bool At(string text, int index, char c) => index < text.Length && text[index] == c;
}
