namespace TruckFactor.Harvest.Models;

/// <summary>The orchestration's custom status, read by the status endpoint.</summary>
/// <param name="Phase">mining, computing or completed.</param>
/// <param name="Total">Repositories in the harvest.</param>
/// <param name="Succeeded">Repositories mined so far.</param>
/// <param name="Failed">Repositories that failed so far.</param>
/// <param name="BatchesDone">Mining batches finished.</param>
/// <param name="BatchCount">Mining batches in all.</param>
/// <param name="MiningCompletedAt">When the last batch finished, once it has.</param>
/// <param name="Discovered">Repositories found on GitHub, for a harvest with a discover block.</param>
public sealed record HarvestProgress(
    string Phase,
    int Total,
    int Succeeded,
    int Failed,
    int BatchesDone,
    int BatchCount,
    DateTimeOffset? MiningCompletedAt = null,
    int? Discovered = null);
