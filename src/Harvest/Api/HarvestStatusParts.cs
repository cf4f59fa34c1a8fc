using System.Globalization;
using System.Text.Json;
using Microsoft.DurableTask.Client;
using TruckFactor.Harvest.Models;
using TruckFactor.Harvest.Storage;

namespace TruckFactor.Harvest.Api;

/// <summary>The parts of a harvest's status that need more than the orchestration's metadata says outright.</summary>
internal static class HarvestStatusParts
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The progress from the custom status, with a running discovery's count from its blob.</summary>
    /// <param name="metadata">The orchestration's metadata, read with inputs and outputs.</param>
    /// <param name="store">The harvest's blob container.</param>
    /// <param name="harvestId">The harvest.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The progress, or null before the orchestration has set any.</returns>
    public static async Task<HarvestProgress?> ProgressAsync(
        OrchestrationMetadata metadata,
        HarvestStore store,
        string harvestId,
        CancellationToken cancellationToken)
    {
        var progress = metadata.SerializedCustomStatus is null
            ? null
            : JsonSerializer.Deserialize<HarvestProgress>(metadata.SerializedCustomStatus, Json);
        if (progress is not { Phase: HarvestPhase.Discovering, Discovered: null })
        {
            return progress;
        }

        // A running discovery counts in a blob: the orchestration's status changes only when the discovery returns.
        var count = await store.LoadTextAsync(BlobNames.DiscoveryProgress(harvestId), cancellationToken)
            .ConfigureAwait(false);
        return progress with { Discovered = int.TryParse(count, CultureInfo.InvariantCulture, out var n) ? n : 0 };
    }

    /// <summary>Why the harvest failed, or null when it has not.</summary>
    /// <param name="metadata">The orchestration's metadata, read with inputs and outputs.</param>
    /// <returns>The failure's message.</returns>
    public static string? Failure(OrchestrationMetadata metadata)
    {
        // The Azure Storage backend behind the local sidecar gives a failed orchestration's message as its output
        // and leaves the failure details empty.
        if (metadata.FailureDetails is { } details)
        {
            return details.ErrorMessage;
        }

        return metadata.RuntimeStatus == OrchestrationRuntimeStatus.Failed ? metadata.SerializedOutput : null;
    }
}
