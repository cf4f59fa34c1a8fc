using Microsoft.Extensions.Logging;

namespace TruckFactor.Harvest.Logging;

/// <summary>The harvest's log messages; event ids 3000–3099.</summary>
internal static partial class HarvestLog
{
    [LoggerMessage(
        EventId = 3000,
        Level = LogLevel.Information,
        Message = "Harvest {HarvestId} started: {RepositoryCount} repositories "
            + "in {BatchCount} batches")]
    public static partial void HarvestStarted(
        this ILogger logger,
        string harvestId,
        int repositoryCount,
        int batchCount);

    [LoggerMessage(
        EventId = 3001,
        Level = LogLevel.Information,
        Message = "Harvest {HarvestId} batch {BatchIndex} done: "
            + "{Succeeded} mined, {Failed} failed")]
    public static partial void BatchDone(
        this ILogger logger,
        string harvestId,
        int batchIndex,
        int succeeded,
        int failed);

    [LoggerMessage(
        EventId = 3002,
        Level = LogLevel.Information,
        Message = "Harvest {HarvestId} continues as new "
            + "at batch {NextBatch} of {BatchCount}")]
    public static partial void ContinuingAsNew(this ILogger logger, string harvestId, int nextBatch, int batchCount);

    [LoggerMessage(3003, LogLevel.Error, "Harvest {HarvestId} batch {BatchIndex} failed after retries: {Reason}")]
    public static partial void BatchFailed(this ILogger logger, string harvestId, int batchIndex, string reason);

    [LoggerMessage(3004, LogLevel.Information, "Harvest {HarvestId} completed: {Succeeded} succeeded, {Failed} failed")]
    public static partial void HarvestCompleted(this ILogger logger, string harvestId, int succeeded, int failed);

    [LoggerMessage(3010, LogLevel.Information, "Mining {Repository} (harvest {HarvestId}, batch {BatchIndex})")]
    public static partial void MiningRepository(
        this ILogger logger,
        string repository,
        string harvestId,
        int batchIndex);

    [LoggerMessage(3011, LogLevel.Information, "Mined {Repository} at {Head}: {CommitCount} commits in {ElapsedMs} ms")]
    public static partial void Mined(
        this ILogger logger,
        string repository,
        string head,
        int commitCount,
        long elapsedMs);

    [LoggerMessage(3012, LogLevel.Information, "Reused the stored commit log of {Repository} at {Head}")]
    public static partial void Reused(this ILogger logger, string repository, string head);

    [LoggerMessage(
        3015,
        LogLevel.Information,
        "Mining {Repository} from its stored log at {PreviousHead}: {CommitCount} commits known")]
    public static partial void MiningFromStoredLog(
        this ILogger logger,
        string repository,
        string previousHead,
        int commitCount);

    [LoggerMessage(3016, LogLevel.Warning, "Ignored the unreadable stored log {BlobName}: {Reason}")]
    public static partial void StoredLogUnreadable(this ILogger logger, string blobName, string reason);

    [LoggerMessage(3013, LogLevel.Warning, "Could not mine {Repository}: {Reason}")]
    public static partial void RepositoryFailed(this ILogger logger, string repository, string reason);

    [LoggerMessage(
        EventId = 3014,
        Level = LogLevel.Information,
        Message = "Batch {BatchIndex} of harvest {HarvestId} "
            + "was already stored; returning it")]
    public static partial void BatchAlreadyStored(this ILogger logger, int batchIndex, string harvestId);

    [LoggerMessage(
        3020,
        LogLevel.Information,
        "Computing truck factors of harvest {HarvestId}: "
            + "{RepositoryCount} commit logs")]
    public static partial void Computing(this ILogger logger, string harvestId, int repositoryCount);

    [LoggerMessage(3021, LogLevel.Warning, "Could not compute the truck factor of {Repository}: {Reason}")]
    public static partial void ComputeFailed(this ILogger logger, string repository, string reason);

    [LoggerMessage(3030, LogLevel.Information, "Harvest {HarvestId} is discovering repositories on GitHub")]
    public static partial void Discovering(this ILogger logger, string harvestId);

    [LoggerMessage(
        3031,
        LogLevel.Information,
        "Harvest {HarvestId} discovered {Discovered} repositories; "
            + "{RepositoryCount} to harvest with the listed ones, {Refused} refused by the URL policy")]
    public static partial void Discovered(
        this ILogger logger,
        string harvestId,
        int discovered,
        int repositoryCount,
        int refused);

    [LoggerMessage(3032, LogLevel.Warning, "Discovered repository {Repository} is left out: {Reason}")]
    public static partial void DiscoveredRepositoryRefused(this ILogger logger, string repository, string reason);

    [LoggerMessage(3033, LogLevel.Error, "Harvest {HarvestId} failed in discovery; nothing was harvested: {Reason}")]
    public static partial void DiscoveryFailed(this ILogger logger, string harvestId, string reason);
}
