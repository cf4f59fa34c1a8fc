namespace TruckFactor.Analysis.Mining;

/// <summary>
/// Everything the truck-factor algorithm needs from a repository: its commits oldest first, the files of the
/// analysed commit and the identity map in force there. It holds plain data, so it can be stored and reused.
/// </summary>
/// <param name="Repository">How the user named the repository (path or URL, without credentials).</param>
/// <param name="Head">The full id of the analysed commit.</param>
/// <param name="Commits">Every commit reachable from <paramref name="Head"/>, parents before children.</param>
/// <param name="Files">The file paths in the tree of the analysed commit, submodules excluded.</param>
/// <param name="Submodules">The submodule (gitlink) paths in that tree, reported but never analysed.</param>
/// <param name="Mailmap">The text of <c>.mailmap</c> at the analysed commit, or null when there is none.</param>
/// <param name="Statistics">Counts about the mining run.</param>
/// <param name="Attributes">
/// The <c>.gitattributes</c> files of the analysed commit; null in logs stored before they were recorded.
/// </param>
/// <param name="FileFacts">
/// Content facts of the analysed commit's files, by path, for the file classifier; null in logs stored before they
/// were recorded, and without an entry for a file whose content was missing.
/// </param>
public sealed record CommitLog(
    string Repository,
    string Head,
    IReadOnlyList<CommitRecord> Commits,
    IReadOnlyList<string> Files,
    IReadOnlyList<string> Submodules,
    string? Mailmap,
    MiningStatistics Statistics,
    IReadOnlyList<AttributesFile>? Attributes = null,
    IReadOnlyDictionary<string, FileFacts>? FileFacts = null);
