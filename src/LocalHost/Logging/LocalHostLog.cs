using Microsoft.Extensions.Logging;

namespace TruckFactor.LocalHost.Logging;

/// <summary>The local host's log messages; event ids 4000–4099.</summary>
internal static partial class LocalHostLog
{
    [LoggerMessage(4000, LogLevel.Warning, "Could not renew the lease of activity work item {WorkItemId}: {Reason}")]
    public static partial void RenewalFailed(this ILogger logger, string workItemId, string reason);

    [LoggerMessage(4004, LogLevel.Warning, "Stopping the task hub's orchestration service failed: {Reason}")]
    public static partial void StopFailed(this ILogger logger, string reason);

    [LoggerMessage(4001, LogLevel.Information, "Task hub {TaskHub} ready; sidecar listening on {Address}")]
    public static partial void SidecarStarted(this ILogger logger, string taskHub, string address);

    [LoggerMessage(4002, LogLevel.Information, "Harvest API listening on {Address}")]
    public static partial void ApiStarted(this ILogger logger, string address);

    [LoggerMessage(4003, LogLevel.Information, "Worker {WorkerId} running up to {MaxActivities} activities at once")]
    public static partial void WorkerStarted(this ILogger logger, string workerId, int maxActivities);
}
