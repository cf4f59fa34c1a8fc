namespace TruckFactor.Analysis.Classification;

/// <summary>How files are chosen for the analysis.</summary>
public sealed record ClassifierOptions
{
    /// <summary>Gets options that analyse every file of the commit (the reference tool without Linguist).</summary>
    public static ClassifierOptions None { get; } = new() { Enabled = false };

    /// <summary>
    /// Gets a value indicating whether vendored, documentation, generated, binary and non-code files are left out.
    /// The user's include and exclude patterns apply either way.
    /// </summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Gets patterns (<c>.gitignore</c> style) of files always analysed, whatever the rules say.</summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    /// <summary>Gets patterns of files never analysed; they win over <see cref="Include"/>.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>
    /// Gets the mean line length above which a JavaScript or CSS file is taken as minified (GitHub Linguist uses
    /// 110 characters).
    /// </summary>
    public int MinifiedLineLength { get; init; } = 110;
}
