using System.Text.RegularExpressions;
using TruckFactor.Analysis.Mining;

namespace TruckFactor.Analysis.Classification;

/// <summary>
/// Decides which files of the analysed commit are the system's own code. In order: the user's exclude, then
/// include patterns; <c>.gitattributes</c> <c>linguist-*</c> overrides; binaries; vendored, documentation and
/// generated rules (by path, then by content: a generated-code marker in the first lines, minified lines); and the
/// file's language, which must be a programming or markup language.
/// </summary>
public sealed partial class FileClassifier
{
    private const string VendoredAttribute = "linguist-vendored";
    private const string GeneratedAttribute = "linguist-generated";
    private const string DocumentationAttribute = "linguist-documentation";
    private const string DetectableAttribute = "linguist-detectable";
    private const string LanguageAttribute = "linguist-language";

    private readonly ClassifierOptions _options;
    private readonly List<GlobPattern> _include;
    private readonly List<GlobPattern> _exclude;

    /// <summary>Initialises a classifier.</summary>
    /// <param name="options">The choices.</param>
    /// <exception cref="ArgumentException">A pattern is empty.</exception>
    public FileClassifier(ClassifierOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        _options = options;
        _include = options.Include.Select(p => GlobPattern.Parse(p)).ToList();
        _exclude = options.Exclude.Select(p => GlobPattern.Parse(p)).ToList();
    }

    /// <summary>Classifies every file of a commit log.</summary>
    /// <param name="log">The mined log: its files, attribute files and content facts.</param>
    /// <returns>One decision per file, in the log's file order.</returns>
    public IReadOnlyList<FileDecision> Classify(CommitLog log)
    {
        ArgumentNullException.ThrowIfNull(log);

        var attributes = GitAttributes.Parse(log.Attributes);
        var decisions = new List<FileDecision>(log.Files.Count);
        foreach (var path in log.Files)
        {
            var facts = log.FileFacts?.GetValueOrDefault(path);
            decisions.Add(Classify(path, facts, attributes));
        }

        return decisions;
    }

    /// <summary>Classifies one file.</summary>
    /// <param name="path">Its path.</param>
    /// <param name="facts">Its content facts, or null when unknown (then only its path counts).</param>
    /// <param name="attributes">The commit's attributes.</param>
    /// <returns>The decision.</returns>
    public FileDecision Classify(string path, FileFacts? facts, GitAttributes attributes)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(attributes);

        if (_exclude.FirstOrDefault(p => p.IsMatch(path)) is { } excluded)
        {
            return new FileDecision(path, FileCategory.Excluded, $"--exclude {excluded.Text}");
        }

        if (_include.FirstOrDefault(p => p.IsMatch(path)) is { } included)
        {
            return new FileDecision(path, FileCategory.Code, $"--include {included.Text}");
        }

        return _options.Enabled
            ? ByRules(path, facts, attributes)
            : new FileDecision(path, FileCategory.Code, "classifier off");
    }

    private FileDecision ByRules(string path, FileFacts? facts, GitAttributes attributes)
    {
        var vendored = Override(attributes, path, VendoredAttribute);
        var generated = Override(attributes, path, GeneratedAttribute);
        var documentation = Override(attributes, path, DocumentationAttribute);
        var forced = Forced(path, vendored, FileCategory.Vendored)
            ?? Forced(path, generated, FileCategory.Generated)
            ?? Forced(path, documentation, FileCategory.Documentation);
        if (forced is not null)
        {
            return forced;
        }

        if (facts is { Binary: true })
        {
            return new FileDecision(path, FileCategory.Binary, "binary content");
        }

        // Runs once per file of the commit: the rule lists are searched in place, in their order of precedence, and
        // a list an attribute switched off is skipped.
        var rule = (vendored is null ? FirstMatch(PathRules.Vendored, path) : null)
            ?? (documentation is null ? FirstMatch(PathRules.Documentation, path) : null)
            ?? (generated is null ? FirstMatch(PathRules.Generated, path) : null);
        if (rule is not null)
        {
            return new FileDecision(path, rule.Category, rule.Description);
        }

        if (generated is null && GeneratedByContent(path, facts) is { } reason)
        {
            return new FileDecision(path, FileCategory.Generated, reason);
        }

        return ByLanguage(path, facts, attributes);
    }

    private static FileDecision ByLanguage(string path, FileFacts? facts, GitAttributes attributes)
    {
        var named = attributes.Find(path, LanguageAttribute);
        var language = named is var (name, _)
            ? LanguageCatalog.ForName(name)
            : LanguageCatalog.Detect(path, facts?.Header);
        var detectable = Override(attributes, path, DetectableAttribute);
        if (detectable is (var counted, var source))
        {
            var what = language?.Name ?? "unknown language";
            return counted
                ? new FileDecision(path, FileCategory.Code, $"{source}: linguist-detectable ({what})")
                : new FileDecision(path, FileCategory.NotCode, $"{source}: -linguist-detectable ({what})");
        }

        if (language is null)
        {
            return new FileDecision(path, FileCategory.NotCode, "no programming or markup language");
        }

        var origin = named is var (_, attributeSource) ? $" ({attributeSource}: linguist-language)" : string.Empty;
        return language.IsCode
            ? new FileDecision(path, FileCategory.Code, $"{language.Name}{origin}")
            : new FileDecision(
                path,
                FileCategory.NotCode,
                $"{language.Name} is {language.Kind.ToString().ToLowerInvariant()}{origin}");
    }

    private string? GeneratedByContent(string path, FileFacts? facts)
    {
        if (facts is not { Header: { } header })
        {
            return null;
        }

        if (GeneratedMarker().Match(header) is { Success: true } marker)
        {
            return $"generated-code marker \"{Whitespace().Replace(marker.Value, " ").Trim()}\"";
        }

        // Minified code keeps few, very long lines; Linguist applies the same mean to JavaScript and CSS, counting
        // characters without the line ends (one per line here: a missing final newline costs one character).
        var scriptOrStyle = MinifiableExtension().IsMatch(path);
        var mean = facts.Lines > 0 ? (facts.Size - facts.Lines) / facts.Lines : 0;
        if (scriptOrStyle && mean > _options.MinifiedLineLength)
        {
            return $"minified (mean line {mean} characters)";
        }

        return null;
    }

    private static FileDecision? Forced(string path, (bool Value, string Source)? state, FileCategory category) =>
        state is (true, var source) ? new FileDecision(path, category, $"{source}: {AttributeOf(category)}") : null;

    private static PathRule? FirstMatch(IReadOnlyList<PathRule> rules, string path)
    {
        foreach (var rule in rules)
        {
            if (rule.Pattern.IsMatch(path))
            {
                return rule;
            }
        }

        return null;
    }

    private static (bool Value, string Source)? Override(GitAttributes attributes, string path, string attribute)
    {
        return attributes.Find(path, attribute) is var (value, source)
            ? (!value.Equals("false", StringComparison.OrdinalIgnoreCase), source)
            : null;
    }

    private static string AttributeOf(FileCategory category) => category switch
    {
        FileCategory.Vendored => VendoredAttribute,
        FileCategory.Generated => GeneratedAttribute,
        _ => DocumentationAttribute,
    };

    // Markers tools write at the top of their output: the Go convention ("Code generated by X. DO NOT EDIT."),
    // Facebook's "@generated", a comment line opening with "generated by/from" or "auto-generated" (protoc,
    // CoffeeScript, Django, yacc, SWIG), or "do not edit/modify" together with "generated". A lone "DO NOT EDIT"
    // or "generated by hand" is a person's warning, not a tool's.
    [GeneratedRegex(
        @"\bCode generated\b.*\bDO NOT EDIT\b|@generated\b"
        + @"|(?is:\bgenerated\b.*\bdo not (edit|modify)\b|\bdo not (edit|modify)\b.*\bgenerated\b)"
        + @"|(?im:^[\s/*#;!<>%""'(-]*(this (file|code|source( file)?) (is|was|has been) )?"
        + @"(auto-?generated|automatically generated|machine[- ]generated"
        + @"|generated (by|from|with|using)\b(?!\s+hand)))",
        RegexOptions.CultureInvariant)]
    private static partial Regex GeneratedMarker();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\.(js|mjs|cjs|css)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MinifiableExtension();
}
