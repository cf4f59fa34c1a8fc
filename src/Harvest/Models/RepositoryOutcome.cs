namespace TruckFactor.Harvest.Models;

/// <summary>What mining one repository gave: a stored commit log, or the reason it failed.</summary>
/// <param name="Repository">The location as requested (credentials never appear here).</param>
/// <param name="Succeeded">Whether a commit log is stored.</param>
/// <param name="CommitLogBlob">The blob holding the commit log.</param>
/// <param name="Head">The mined commit.</param>
/// <param name="Commits">Commits in the log.</param>
/// <param name="Files">Files at the mined commit.</param>
/// <param name="Reused">True when a log stored by an earlier harvest for the same commit was used.</param>
/// <param name="Error">Why the repository failed, for a person to read.</param>
public sealed record RepositoryOutcome(
    string Repository,
    bool Succeeded,
    string? CommitLogBlob,
    string? Head,
    int Commits,
    int Files,
    bool Reused,
    string? Error)
{
    /// <summary>A failed outcome.</summary>
    /// <param name="repository">The location as requested.</param>
    /// <param name="error">Why it failed.</param>
    /// <returns>The outcome.</returns>
    public static RepositoryOutcome Failure(string repository, string error) =>
        new(repository, false, null, null, 0, 0, false, error);
}
