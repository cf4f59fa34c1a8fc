namespace TruckFactor.Analysis.Identities;

/// <summary>How commit identities become developers.</summary>
public sealed record IdentityOptions
{
    /// <summary>
    /// Gets the names never used to merge identities, compared after normalisation (lower case, no accents):
    /// shared by strangers, they would join unrelated people into one developer. Empty in reference mode.
    /// </summary>
    public IReadOnlySet<string> GenericNames { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Gets a value indicating whether placeholder emails (<see cref="GenericEmails"/>: <c>root@localhost</c>,
    /// <c>you@example.com</c>…) are kept from merging identities, as generic names are.
    /// </summary>
    public bool IgnorePlaceholderEmails { get; init; }

    /// <summary>Gets a value indicating whether recognised bots are left out of the analysis.</summary>
    public bool ExcludeBots { get; init; }

    /// <summary>Gets the rules that recognise bots; used to flag them in results even when they are kept.</summary>
    public BotDetector Bots { get; init; } = BotDetector.Default;

    /// <summary>
    /// Gets a value indicating whether developers are named as the reference tool names them: accents stripped,
    /// and the name of the earliest commit (the reference's own choice follows hash order, which this
    /// approximates) rather than the name on most of the developer's commits.
    /// </summary>
    public bool ReferenceNames { get; init; }

    /// <summary>
    /// Gets a value indicating whether people named in <c>Co-authored-by:</c> trailers are credited with the commit's
    /// records like its author (after the same .mailmap, alias and merging rules).
    /// </summary>
    public bool CreditCoAuthors { get; init; }

    /// <summary>
    /// Gets a value indicating whether pair identities ("A &amp; B", "A and B") are split into their people, each
    /// credited with the commit, instead of being one identity whose shared email merges the pair.
    /// </summary>
    public bool SplitPairs { get; init; }

    /// <summary>Gets extra mailmap-format text applied after the repository's own .mailmap (the alias file).</summary>
    public string? Aliases { get; init; }

    /// <summary>Gets the generic names of the default profile.</summary>
    public static IReadOnlySet<string> CommonGenericNames { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "root", "unknown", "ubuntu", "admin", "administrator", "user", "nobody", "none", "localhost", "git",
        "github", "anonymous", "(no author)", "no author", "your name", "default", "pi", "vagrant", "developer",
    };
}
