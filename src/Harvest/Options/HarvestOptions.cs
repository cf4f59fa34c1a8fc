namespace TruckFactor.Harvest.Options;

/// <summary>
/// Limits and defaults of a harvest, read from the <c>Harvest</c> configuration section (environment variables
/// <c>Harvest__MaxRepositories</c> and so on).
/// </summary>
public sealed class HarvestOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "Harvest";

    /// <summary>The most repositories one request may name; longer lists are refused with a 400.</summary>
    public int MaxRepositories { get; set; } = 5000;

    /// <summary>Repositories per mining activity when the request does not say.</summary>
    public int DefaultBatchSize { get; set; } = 8;

    /// <summary>The largest batch size a request may ask for.</summary>
    public int MaxBatchSize { get; set; } = 100;

    /// <summary>Mining activities in flight at once for one harvest, across all workers.</summary>
    public int MaxParallelBatches { get; set; } = 16;

    /// <summary>
    /// Batches an orchestration generation schedules before it continues as new, which keeps each
    /// generation's history small on long lists.
    /// </summary>
    public int BatchesPerGeneration { get; set; } = 50;

    /// <summary>Attempts per activity when storage or a worker fails transiently.</summary>
    public int RetryAttempts { get; set; } = 5;

    /// <summary>Seconds before the first retry; later waits double, up to a minute.</summary>
    public double FirstRetrySeconds { get; set; } = 5;

    /// <summary>The blob container holding commit logs and results.</summary>
    public string ContainerName { get; set; } = "truckfactor";

    /// <summary>
    /// Keep bare clones in <see cref="CacheFolder"/> between harvests, so a later harvest only fetches. Turn it off
    /// where local disk is small (Flex Consumption instances have under 1 GB): each clone is then deleted once its
    /// commit log is stored.
    /// </summary>
    public bool KeepClones { get; set; } = true;

    /// <summary>
    /// Threads one mining activity uses to compare a repository's commits; 0 (the default) means the machine's cores,
    /// at most four. Lower it where a worker runs several mining activities at once on few cores.
    /// </summary>
    public int MiningThreads { get; set; }

    /// <summary>Where workers keep bare clones between harvests; empty means the per-user default.</summary>
    public string? CacheFolder { get; set; }
}
