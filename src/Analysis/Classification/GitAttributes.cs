using TruckFactor.Analysis.Mining;

namespace TruckFactor.Analysis.Classification;

/// <summary>
/// The <c>.gitattributes</c> files of the analysed commit, queried as git does: within a file the last matching
/// line that mentions an attribute wins, and a file deeper in the tree wins over those above it.
/// </summary>
public sealed class GitAttributes
{
    private readonly List<(GlobPattern Pattern, Dictionary<string, string?> Values, string Source)> _lines = [];

    private GitAttributes()
    {
    }

    /// <summary>Gets an instance with no attributes.</summary>
    public static GitAttributes Empty { get; } = new();

    /// <summary>Parses the attribute files of a commit.</summary>
    /// <param name="files">The files; null gives <see cref="Empty"/>.</param>
    /// <returns>The attributes.</returns>
    public static GitAttributes Parse(IReadOnlyList<AttributesFile>? files)
    {
        if (files is null || files.Count == 0)
        {
            return Empty;
        }

        // Shallow files first, so that walking the lines backwards meets the deepest, latest line first.
        var attributes = new GitAttributes();
        foreach (var file in files.OrderBy(f => f.Directory.Length == 0 ? 0 : f.Directory.Count(c => c == '/') + 1))
        {
            var source = file.Directory.Length == 0 ? ".gitattributes" : file.Directory + "/.gitattributes";
            foreach (var raw in file.Text.Split('\n'))
            {
                attributes.AddLine(raw.TrimEnd('\r'), file.Directory, source);
            }
        }

        return attributes;
    }

    /// <summary>Finds the state of one attribute for a path.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="attribute">The attribute name, e.g. <c>linguist-vendored</c>.</param>
    /// <returns>
    /// The value (<c>true</c> for a set attribute, <c>false</c> for <c>-attr</c>, the text of <c>attr=value</c>),
    /// with the attribute file that gave it; null when no line mentions it (or <c>!attr</c> made it unspecified).
    /// </returns>
    public (string Value, string Source)? Find(string path, string attribute)
    {
        for (var i = _lines.Count - 1; i >= 0; i--)
        {
            var (pattern, values, source) = _lines[i];
            if (values.TryGetValue(attribute, out var value) && pattern.IsMatch(path))
            {
                return value is null ? null : (value, source);
            }
        }

        return null;
    }

    private void AddLine(string line, string directory, string source)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || trimmed.StartsWith('#') || trimmed.StartsWith("[attr]", StringComparison.Ordinal))
        {
            return;
        }

        var (pattern, rest) = SplitPattern(trimmed);
        if (pattern.Length == 0 || pattern.StartsWith('!'))
        {
            // Git refuses negative patterns in attribute files.
            return;
        }

        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var token in rest.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.StartsWith('-'))
            {
                values[token[1..]] = "false";
            }
            else if (token.StartsWith('!'))
            {
                values[token[1..]] = null;
            }
            else if (token.IndexOf('=') is var equals and > 0)
            {
                values[token[..equals]] = token[(equals + 1)..];
            }
            else
            {
                values[token] = "true";
            }
        }

        if (values.Count > 0)
        {
            _lines.Add((GlobPattern.Parse(pattern, directory, coverFolders: false), values, source));
        }
    }

    private static (string Pattern, string Attributes) SplitPattern(string line)
    {
        if (!line.StartsWith('"'))
        {
            var space = line.IndexOfAny([' ', '\t']);
            return space < 0 ? (line, string.Empty) : (line[..space], line[space..]);
        }

        // A quoted pattern (for names with spaces) uses C-style escapes.
        var builder = new System.Text.StringBuilder();
        for (var i = 1; i < line.Length; i++)
        {
            switch (line[i])
            {
                case '"':
                    return (builder.ToString(), line[(i + 1)..]);
                case '\\' when i + 1 < line.Length:
                    var next = line[++i];
                    builder.Append(next switch { 't' => '\t', 'n' => '\n', _ => next });
                    break;
                default:
                    builder.Append(line[i]);
                    break;
            }
        }

        return (string.Empty, string.Empty);
    }
}
