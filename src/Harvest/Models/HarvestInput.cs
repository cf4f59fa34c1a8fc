using System.Text.Json.Serialization;

namespace TruckFactor.Harvest.Models;

/// <summary>What a harvest was asked to do, fixed when it starts.</summary>
/// <param name="HarvestId">The harvest's id, also its orchestration instance id.</param>
/// <param name="Repositories">Validated, deduplicated repository locations in request order.</param>
/// <param name="Profile">The analysis profile name (default or reference).</param>
/// <param name="BatchSize">Repositories per mining activity.</param>
/// <param name="MaxParallelBatches">Mining activities in flight at once.</param>
/// <param name="BatchesPerGeneration">Batches scheduled before the orchestration continues as new.</param>
/// <param name="SubmittedAt">When the request was accepted.</param>
/// <param name="RetryAttempts">Attempts per activity for transient faults.</param>
/// <param name="FirstRetrySeconds">The wait before the first retry; each later wait doubles, up to a minute.</param>
/// <param name="Discover">What to find on GitHub before mining, or null for a plain list.</param>
/// <param name="Discovered">
/// Repositories the discovery found, once it has run; null while it has not (or for a plain list).
/// </param>
/// <param name="Analysis">Choices added to the profile for every repository; null for the profile alone.</param>
public sealed record HarvestInput(
    string HarvestId,
    IReadOnlyList<string> Repositories,
    string Profile,
    int BatchSize,
    int MaxParallelBatches,
    int BatchesPerGeneration,
    DateTimeOffset SubmittedAt,
    int RetryAttempts = 5,
    double FirstRetrySeconds = 5,
    HarvestDiscovery? Discover = null,
    int? Discovered = null,
    AnalysisChoices? Analysis = null)
{
    /// <summary>Whether the repository list still has to be discovered before mining.</summary>
    [JsonIgnore]
    public bool AwaitsDiscovery => Discover is not null && Discovered is null;

    /// <summary>The number of batches the repository list splits into.</summary>
    public int BatchCount => BatchSize <= 0 ? 0 : (Repositories.Count + BatchSize - 1) / BatchSize;

    /// <summary>The repositories of batch <paramref name="index"/>.</summary>
    /// <param name="index">A batch number from 0.</param>
    /// <returns>Up to <see cref="BatchSize"/> locations.</returns>
    public IReadOnlyList<string> Batch(int index)
    {
        return [.. Repositories.Skip(index * BatchSize).Take(BatchSize)];
    }
}
