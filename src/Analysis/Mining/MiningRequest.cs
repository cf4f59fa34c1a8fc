namespace TruckFactor.Analysis.Mining;

/// <summary>Which local repository to mine and at which revision.</summary>
/// <param name="RepositoryPath">A local git directory: a bare repository or a work tree.</param>
/// <param name="DisplayName">How to name the repository in results and messages.</param>
/// <param name="Revision">A revision git understands (sha, branch, tag); null means HEAD.</param>
/// <param name="At">
/// When set, the last commit on the first-parent line of <paramref name="Revision"/> whose committer date is
/// before this instant is analysed instead, without any checkout.
/// </param>
public sealed record MiningRequest(
    string RepositoryPath,
    string DisplayName,
    string? Revision = null,
    DateTimeOffset? At = null);
