using System.Collections.Concurrent;
using DurableTask.Core;
using Microsoft.Extensions.Logging;
using TruckFactor.LocalHost.Logging;

namespace TruckFactor.LocalHost.Sidecar;

/// <summary>
/// Wraps the Azure Storage orchestration service for the gRPC sidecar, which was written for an in-memory backend:
/// a fetch that ends empty because of cancellation throws instead of returning null (the sidecar's loop would
/// spin a processor on nulls), activity concurrency comes from our settings rather than the core count, and a
/// running activity's queue message is renewed so a long mining batch is not handed to a second worker.
/// </summary>
internal sealed class CancellationSafeOrchestrationService : IOrchestrationService
{
    private const int New = 0;
    private const int Started = 1;
    private const int Stopped = 2;

    private static readonly TimeSpan EmptyFetchPause = TimeSpan.FromMilliseconds(200);

    private readonly IOrchestrationService _inner;
    private readonly int _maxActivities;
    private readonly int _maxOrchestrations;
    private readonly TimeSpan _renewEvery;
    private readonly ConcurrentDictionary<TaskActivityWorkItem, CancellationTokenSource> _renewals = new();
    private readonly ILogger _logger;
    private readonly Lock _stopLock = new();
    private int _state;
    private Task? _stopping;

    public CancellationSafeOrchestrationService(
        IOrchestrationService inner,
        int maxActivities,
        int maxOrchestrations,
        TimeSpan visibilityTimeout,
        ILogger logger)
    {
        _inner = inner;
        _logger = logger;
        _maxActivities = maxActivities;
        _maxOrchestrations = maxOrchestrations;
        _renewEvery = visibilityTimeout / 3;
    }

    public int TaskOrchestrationDispatcherCount => _inner.TaskOrchestrationDispatcherCount;

    public int MaxConcurrentTaskOrchestrationWorkItems => _maxOrchestrations;

    public int MaxConcurrentTaskActivityWorkItems => _maxActivities;

    public BehaviorOnContinueAsNew EventBehaviourForContinueAsNew => _inner.EventBehaviourForContinueAsNew;

    public int TaskActivityDispatcherCount => _inner.TaskActivityDispatcherCount;

    public Task StartAsync()
    {
        return Interlocked.CompareExchange(ref _state, Started, New) == New ? _inner.StartAsync() : Task.CompletedTask;
    }

    public Task StopAsync() => StopAsync(isForced: false);

    public Task StopAsync(bool isForced)
    {
        // The sidecar stops its dispatchers from an async void callback, where an exception ends the process, and
        // the Azure Storage service throws when stopped before it started or twice. So: stop once, if started,
        // and hand every later caller the same task, so whoever disposes the host waits until the partition
        // leases are released (a worker started next would otherwise wait for them to expire).
        lock (_stopLock)
        {
            if (_stopping is null && Interlocked.CompareExchange(ref _state, Stopped, Started) == Started)
            {
                _stopping = StopInnerAsync(isForced);
            }

            return _stopping ?? Task.CompletedTask;
        }
    }

    public Task CreateAsync() => _inner.CreateAsync();

    public Task CreateAsync(bool recreateInstanceStore) => _inner.CreateAsync(recreateInstanceStore);

    public Task CreateIfNotExistsAsync() => _inner.CreateIfNotExistsAsync();

    public Task DeleteAsync() => _inner.DeleteAsync();

    public Task DeleteAsync(bool deleteInstanceStore) => _inner.DeleteAsync(deleteInstanceStore);

    public bool IsMaxMessageCountExceeded(int currentMessageCount, OrchestrationRuntimeState runtimeState) =>
        _inner.IsMaxMessageCountExceeded(currentMessageCount, runtimeState);

    public int GetDelayInSecondsAfterOnProcessException(Exception exception) =>
        _inner.GetDelayInSecondsAfterOnProcessException(exception);

    public int GetDelayInSecondsAfterOnFetchException(Exception exception) =>
        _inner.GetDelayInSecondsAfterOnFetchException(exception);

    public async Task<TaskOrchestrationWorkItem> LockNextTaskOrchestrationWorkItemAsync(
        TimeSpan receiveTimeout,
        CancellationToken cancellationToken)
    {
        var item = await _inner.LockNextTaskOrchestrationWorkItemAsync(receiveTimeout, cancellationToken)
            .ConfigureAwait(false);
        if (item is null)
        {
            await PauseAfterEmptyFetchAsync(cancellationToken).ConfigureAwait(false);
        }

        return item!;
    }

    public Task RenewTaskOrchestrationWorkItemLockAsync(TaskOrchestrationWorkItem workItem) =>
        _inner.RenewTaskOrchestrationWorkItemLockAsync(workItem);

    public Task CompleteTaskOrchestrationWorkItemAsync(
        TaskOrchestrationWorkItem workItem,
        OrchestrationRuntimeState newOrchestrationRuntimeState,
        IList<TaskMessage> outboundMessages,
        IList<TaskMessage> orchestratorMessages,
        IList<TaskMessage> timerMessages,
        TaskMessage continuedAsNewMessage,
        OrchestrationState orchestrationState) =>
        _inner.CompleteTaskOrchestrationWorkItemAsync(
            workItem, newOrchestrationRuntimeState, outboundMessages, orchestratorMessages, timerMessages,
            continuedAsNewMessage, orchestrationState);

    public Task AbandonTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem) =>
        _inner.AbandonTaskOrchestrationWorkItemAsync(workItem);

    public Task ReleaseTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem) =>
        _inner.ReleaseTaskOrchestrationWorkItemAsync(workItem);

    public async Task<TaskActivityWorkItem> LockNextTaskActivityWorkItem(
        TimeSpan receiveTimeout,
        CancellationToken cancellationToken)
    {
        var item = await _inner.LockNextTaskActivityWorkItem(receiveTimeout, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            await PauseAfterEmptyFetchAsync(cancellationToken).ConfigureAwait(false);
            return null!;
        }

        StartRenewing(item);
        return item;
    }

    public Task<TaskActivityWorkItem> RenewTaskActivityWorkItemLockAsync(TaskActivityWorkItem workItem) =>
        _inner.RenewTaskActivityWorkItemLockAsync(workItem);

    public async Task CompleteTaskActivityWorkItemAsync(TaskActivityWorkItem workItem, TaskMessage responseMessage)
    {
        StopRenewing(workItem);
        await _inner.CompleteTaskActivityWorkItemAsync(workItem, responseMessage).ConfigureAwait(false);
    }

    public async Task AbandonTaskActivityWorkItemAsync(TaskActivityWorkItem workItem)
    {
        StopRenewing(workItem);
        await _inner.AbandonTaskActivityWorkItemAsync(workItem).ConfigureAwait(false);
    }

    private async Task StopInnerAsync(bool isForced)
    {
        try
        {
            await _inner.StopAsync(isForced).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _logger.StopFailed(ex.Message);
        }
    }

    private static async Task PauseAfterEmptyFetchAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();

        // Not cancelled but empty (the service is stopping or its poll timed out): pause rather than spin.
        await Task.Delay(EmptyFetchPause, cancellationToken).ConfigureAwait(false);
    }

    private void StartRenewing(TaskActivityWorkItem item)
    {
        var stop = new CancellationTokenSource();
        _renewals[item] = stop;
        _ = RenewUntilDoneAsync(item, stop.Token);
    }

    private void StopRenewing(TaskActivityWorkItem item)
    {
        if (_renewals.TryRemove(item, out var stop))
        {
            stop.Cancel();
            stop.Dispose();
        }
    }

    private async Task RenewUntilDoneAsync(TaskActivityWorkItem item, CancellationToken stop)
    {
        try
        {
            while (true)
            {
                await Task.Delay(_renewEvery, stop).ConfigureAwait(false);
                await _inner.RenewTaskActivityWorkItemLockAsync(item).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The activity finished; nothing left to renew.
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _logger.RenewalFailed(item.Id, ex.Message);

            // A failed renewal means another worker may run the activity again; mining is idempotent (batch
            // outcomes and commit logs have fixed blob names), so the harvest still records it once.
        }
    }
}
