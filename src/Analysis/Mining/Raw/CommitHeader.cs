namespace TruckFactor.Analysis.Mining.Raw;

/// <summary>What the miner needs from a raw commit object.</summary>
/// <param name="Tree">The id of the commit's root tree.</param>
/// <param name="Parents">The parents' ids, in the order the commit lists them.</param>
/// <param name="AuthorName">The author's name, trimmed as libgit2 trims it.</param>
/// <param name="AuthorEmail">The author's email, trimmed as libgit2 trims it.</param>
/// <param name="AuthoredAt">The author date with its time-zone offset.</param>
/// <param name="CoAuthors">The message's <c>Co-authored-by:</c> trailers; null when there are none.</param>
/// <param name="CommitTime">
/// The committer's time in seconds, which orders the walk (0 when the line has no time, as libgit2 reads it); null
/// when the committer line is not one libgit2 reads the same way (the walk is then left to libgit2).
/// </param>
internal sealed record CommitHeader(
    ObjectKey Tree,
    ObjectKey[] Parents,
    string AuthorName,
    string AuthorEmail,
    DateTimeOffset AuthoredAt,
    IReadOnlyList<CoAuthor>? CoAuthors,
    long? CommitTime);
