using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace TruckFactor.FunctionApp.Tests.Support;

/// <summary>A durable client for paths that answer before reaching the task hub: any call fails the test.</summary>
internal sealed class UnusedDurableTaskClient() : DurableTaskClient("unused")
{
    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public override AsyncPageable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? filter = null) =>
        throw Unexpected();

    public override Task<OrchestrationMetadata?> GetInstancesAsync(
        string instanceId,
        bool getInputsAndOutputs = false,
        CancellationToken cancellation = default) => throw Unexpected();

    public override Task RaiseEventAsync(
        string instanceId,
        string eventName,
        object? eventPayload = null,
        CancellationToken cancellation = default) => throw Unexpected();

    public override Task ResumeInstanceAsync(
        string instanceId,
        string? reason = null,
        CancellationToken cancellation = default) => throw Unexpected();

    public override Task<string> ScheduleNewOrchestrationInstanceAsync(
        TaskName orchestratorName,
        object? input = null,
        StartOrchestrationOptions? options = null,
        CancellationToken cancellation = default) => throw Unexpected();

    public override Task SuspendInstanceAsync(
        string instanceId,
        string? reason = null,
        CancellationToken cancellation = default) => throw Unexpected();

    public override Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(
        string instanceId,
        bool getInputsAndOutputs = false,
        CancellationToken cancellation = default) => throw Unexpected();

    public override Task<OrchestrationMetadata> WaitForInstanceStartAsync(
        string instanceId,
        bool getInputsAndOutputs = false,
        CancellationToken cancellation = default) => throw Unexpected();

    private static InvalidOperationException Unexpected() =>
        new("This path was expected to answer without calling the task hub.");
}
