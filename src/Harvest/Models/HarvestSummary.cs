namespace TruckFactor.Harvest.Models;

/// <summary>The orchestration's output, also saved as the harvest's summary.json.</summary>
/// <param name="HarvestId">The harvest.</param>
/// <param name="Total">Repositories in the harvest.</param>
/// <param name="Succeeded">Repositories with a truck factor.</param>
/// <param name="Failed">Repositories without one.</param>
/// <param name="SubmittedAt">When the request was accepted.</param>
/// <param name="MiningCompletedAt">When the last mining batch finished.</param>
/// <param name="CompletedAt">When the results were saved.</param>
/// <param name="ResultsBlob">The blob holding results.json.</param>
/// <param name="Generations">Orchestration generations the harvest ran in (continue-as-new restarts plus one).</param>
public sealed record HarvestSummary(
    string HarvestId,
    int Total,
    int Succeeded,
    int Failed,
    DateTimeOffset SubmittedAt,
    DateTimeOffset MiningCompletedAt,
    DateTimeOffset CompletedAt,
    string ResultsBlob,
    int Generations);
