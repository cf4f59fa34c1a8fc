namespace TruckFactor.Analysis.Mining;

/// <summary>One commit of the mined history, with its author as recorded (before any .mailmap).</summary>
/// <param name="Sha">The full hexadecimal object id.</param>
/// <param name="AuthorName">The author's name as written in the commit.</param>
/// <param name="AuthorEmail">The author's email as written in the commit.</param>
/// <param name="AuthoredAt">The author date.</param>
/// <param name="ParentCount">The number of parents; more than one makes a merge.</param>
/// <param name="Changes">
/// The paths changed against the single parent (or the empty tree for a root commit). Always empty for merges,
/// as in the reference tool, which reads <c>git log --name-status</c> that prints nothing for them.
/// </param>
/// <param name="Parents">The parents' full ids, when known; logs built by hand may leave them out.</param>
/// <param name="CoAuthors">The <c>Co-authored-by:</c> trailers of the message; null when none or not recorded.
/// </param>
public sealed record CommitRecord(
    string Sha,
    string AuthorName,
    string AuthorEmail,
    DateTimeOffset AuthoredAt,
    int ParentCount,
    IReadOnlyList<FileChange> Changes,
    IReadOnlyList<string>? Parents = null,
    IReadOnlyList<CoAuthor>? CoAuthors = null)
{
    /// <summary>Gets a value indicating whether the commit has more than one parent.</summary>
    public bool IsMerge => ParentCount > 1;
}
