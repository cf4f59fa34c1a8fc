namespace TruckFactor.LocalHost.Options;

/// <summary>
/// Settings of the local host (section <c>LocalHost</c>). The task hub's name and partition count must match the
/// Functions app's host.json when both serve the same storage account, since they share its queues.
/// </summary>
public sealed class LocalHostOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "LocalHost";

    /// <summary>The port of the HTTP API on 127.0.0.1 (the Functions host's default port).</summary>
    public int ApiPort { get; set; } = 7071;

    /// <summary>Serve the HTTP API; off for a worker that only processes the task hub's queues.</summary>
    public bool ServeApi { get; set; } = true;

    /// <summary>
    /// Stop on Ctrl+C and SIGTERM (<c>truckfactor serve</c>); off when a command embeds the host and stops it itself.
    /// </summary>
    public bool HandleSignals { get; set; } = true;

    /// <summary>The port of the in-process gRPC sidecar on 127.0.0.1; 0 picks a free one.</summary>
    public int SidecarPort { get; set; }

    /// <summary>The task hub: names the queues, tables and lease containers in the storage account.</summary>
    public string TaskHub { get; set; } = "TruckFactorHub";

    /// <summary>Control-queue partitions of the task hub (1–16); fixed once the hub exists.</summary>
    public int PartitionCount { get; set; } = 4;

    /// <summary>Activities this worker runs at once; 0 means one per processor.</summary>
    public int MaxConcurrentActivities { get; set; }

    /// <summary>Orchestration work items this worker runs at once.</summary>
    public int MaxConcurrentOrchestrations { get; set; } = 10;

    /// <summary>
    /// How long a dequeued work item stays hidden from other workers; a running activity's lease is renewed
    /// before it ends, and a crashed worker's items reappear after it.
    /// </summary>
    public TimeSpan WorkItemVisibilityTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long a partition lease lasts without renewal; a crashed worker's partitions move after it.
    /// </summary>
    public TimeSpan LeaseInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A key required in the <c>x-functions-key</c> header or <c>code</c> query parameter; empty means the key
    /// file written by <c>truckfactor serve</c> (see the README).
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>Processors used when <see cref="MaxConcurrentActivities"/> is 0.</summary>
    public int EffectiveMaxConcurrentActivities =>
        MaxConcurrentActivities > 0 ? MaxConcurrentActivities : Environment.ProcessorCount;
}
