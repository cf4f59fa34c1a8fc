namespace TruckFactor.Analysis.Classification;

/// <summary>The kinds of language GitHub Linguist distinguishes; programming and markup count as code.</summary>
public enum LanguageKind
{
    /// <summary>A programming language (C, Java, Ruby, shell, Makefile…).</summary>
    Programming,

    /// <summary>A markup or style language (HTML, CSS, SCSS, templates, TeX…).</summary>
    Markup,

    /// <summary>Data and configuration (JSON, YAML, XML, SQL dumps, CSV…).</summary>
    Data,

    /// <summary>Prose (Markdown, reStructuredText, plain text…).</summary>
    Prose,
}
