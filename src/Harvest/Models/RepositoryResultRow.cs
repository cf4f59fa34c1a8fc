namespace TruckFactor.Harvest.Models;

/// <summary>One repository's line in results.json and results.csv.</summary>
/// <param name="Repository">The location as requested.</param>
/// <param name="Status">succeeded or failed.</param>
/// <param name="TruckFactor">The truck factor, when computed.</param>
/// <param name="Authors">The truck-factor developers in removal order.</param>
/// <param name="Files">Files analysed.</param>
/// <param name="Commits">Commits mined.</param>
/// <param name="Developers">Distinct developers after identity merging.</param>
/// <param name="Head">The analysed commit.</param>
/// <param name="ResultBlob">The blob with the repository's full result.</param>
/// <param name="Error">Why there is no truck factor.</param>
public sealed record RepositoryResultRow(
    string Repository,
    string Status,
    int? TruckFactor,
    IReadOnlyList<string> Authors,
    int? Files,
    int? Commits,
    int? Developers,
    string? Head,
    string? ResultBlob,
    string? Error);
