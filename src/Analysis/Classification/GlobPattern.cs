using System.Collections.Concurrent;
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

    // Building a linear-time matcher costs far more than matching: the same patterns recur in every analysis of a
    // repository (and across repositories), so each expression is built once. Patterns come from repositories,
    // so the cache is emptied past a bound rather than left to grow in a long-running host.
    private const int CachedExpressions = 10_000;

    private static readonly ConcurrentDictionary<string, Regex> Expressions = new(StringComparer.Ordinal);

    /// <summary>Compiles a pattern given by a user, reporting a malformed one instead of throwing.</summary>
    /// <param name="pattern">The pattern.</param>
    /// <param name="glob">The compiled pattern, or null.</param>
    /// <param name="error">Why the pattern cannot be used (empty, a backwards range, an unknown class), or null.
    /// </param>
    /// <returns>True when the pattern compiled.</returns>
    public static bool TryParse(string pattern, out GlobPattern? glob, out string? error)
    {
        ArgumentNullException.ThrowIfNull(pattern);

        try
        {
            glob = Parse(pattern);
            error = null;
            return true;
        }
        catch (ArgumentException ex)
        {
            glob = null;
            error = ex.Message.Split(" (Parameter", 2)[0];
            return false;
        }
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

        try
        {
            AppendBody(regex, body);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"'{pattern}' is not a valid path pattern: {ex.Message}.", nameof(pattern), ex);
        }

        // In .gitattributes a folder pattern gives the folder itself its attributes, never the files beneath it
        // (gitattributes(5); git check-attr agrees), so it can match no file path, which never ends in a slash.
        var end = coverFolders ? (folder ? "/.*$" : "(?:/.*)?$") : (folder ? "/$" : "$");
        regex.Append(end);
        try
        {
            return new GlobPattern(pattern, Compile(regex.ToString()));
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException(
                $"'{pattern}' is not a valid path pattern: a [...] range runs backwards or is malformed.",
                nameof(pattern),
                ex);
        }
    }

    /// <summary>Tells whether a path matches.</summary>
    /// <param name="path">The path from the repository root, with <c>/</c> separators.</param>
    /// <returns>True when it matches.</returns>
    public bool IsMatch(string path) => _regex.IsMatch(path);

    /// <inheritdoc />
    public override string ToString() => Text;

    private static Regex Compile(string expression)
    {
        if (Expressions.Count > CachedExpressions)
        {
            Expressions.Clear();
        }

        // Linear-time matching: a pattern from a repository's .gitattributes such as "*a*a*a*a*a*a*x" must not
        // stall the analysis on backtracking.
        return Expressions.GetOrAdd(
            expression,
            e => new Regex(e, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking));
    }

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
        var end = ClassEnd(body, start);
        if (end < 0)
        {
            // An unclosed "[" is an ordinary character, as git reads it.
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
        for (var i = 0; i < inside.Length; i++)
        {
            if (inside[i] == '[' && At(inside, i + 1, ':') && inside.IndexOf(":]", i + 2, StringComparison.Ordinal)
                is var close and > 0)
            {
                regex.Append(PosixClass(inside[(i + 2)..close]));
                i = close + 1;
                continue;
            }

            var c = inside[i];
            regex.Append(c is '\\' or '[' or ']' or '^' ? "\\" + c : c.ToString());
        }

        regex.Append(']');
        return end;
    }

    private static int ClassEnd(string body, int start)
    {
        // The first character after "[" (or "[!") may itself be "]"; "[:name:]" inside is a POSIX class.
        var i = start + 1;
        if (At(body, i, '!') || At(body, i, '^'))
        {
            i++;
        }

        if (At(body, i, ']'))
        {
            i++;
        }

        for (; i < body.Length; i++)
        {
            if (body[i] == '[' && At(body, i + 1, ':') && body.IndexOf(":]", i + 2, StringComparison.Ordinal)
                is var close and > 0)
            {
                i = close + 1;
            }
            else if (body[i] == ']')
            {
                return i;
            }
        }

        return -1;
    }

    private static string PosixClass(string name) => name switch
    {
        "alpha" => "a-zA-Z",
        "digit" => "0-9",
        "alnum" => "a-zA-Z0-9",
        "upper" => "A-Z",
        "lower" => "a-z",
        "space" => "\\s",
        "blank" => " \\t",
        "xdigit" => "0-9A-Fa-f",
        "punct" => "!-/:-@\\[-`{-~",
        _ => throw new ArgumentException($"[:{name}:] is not a character class git knows"),
    };

    private static bool At(string text, int index, char c) => index < text.Length && text[index] == c;
}
