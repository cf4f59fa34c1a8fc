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
/// <param name="Worker">The worker (host name and process id) that produced the outcome.</param>
public sealed record RepositoryOutcome(
    string Repository,
    bool Succeeded,
    string? CommitLogBlob,
    string? Head,
    int Commits,
    int Files,
    bool Reused,
    string? Error,
    string? Worker = null)
{
    /// <summary>This process as a worker name: host name and process id.</summary>
    public static string ThisWorker { get; } = $"{Environment.MachineName}-{Environment.ProcessId}";

    /// <summary>A failed outcome.</summary>
    /// <param name="repository">The location as requested.</param>
    /// <param name="error">Why it failed.</param>
    /// <returns>The outcome.</returns>
    public static RepositoryOutcome Failure(string repository, string error) =>
        new(repository, false, null, null, 0, 0, false, error, ThisWorker);
}
