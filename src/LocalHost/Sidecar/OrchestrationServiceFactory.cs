using DurableTask.AzureStorage;
using Microsoft.Extensions.Logging;
using TruckFactor.LocalHost.Options;

namespace TruckFactor.LocalHost.Sidecar;

/// <summary>
/// Creates the Azure Storage orchestration service with the same task-hub layout the Functions host uses.
/// </summary>
internal static class OrchestrationServiceFactory
{
    public static AzureStorageOrchestrationService Create(
        string connectionString,
        LocalHostOptions options,
        string workerId,
        ILoggerFactory loggerFactory)
    {
        var settings = new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = options.TaskHub,
            StorageAccountClientProvider = new StorageAccountClientProvider(connectionString),
            PartitionCount = options.PartitionCount,
            WorkerId = workerId,
            MaxConcurrentTaskActivityWorkItems = options.EffectiveMaxConcurrentActivities,
            MaxConcurrentTaskOrchestrationWorkItems = options.MaxConcurrentOrchestrations,
            WorkItemQueueVisibilityTimeout = options.WorkItemVisibilityTimeout,
            ControlQueueVisibilityTimeout = options.WorkItemVisibilityTimeout,
            LeaseInterval = options.LeaseInterval,
            LeaseRenewInterval = options.LeaseInterval / 3,
            LeaseAcquireInterval = options.LeaseInterval / 3,

            // Local polling stays brisk so a small harvest finishes in seconds rather than waiting out backoff.
            MaxQueuePollingInterval = TimeSpan.FromSeconds(2),
            LoggerFactory = loggerFactory,
        };
        return new AzureStorageOrchestrationService(settings);
    }
}
