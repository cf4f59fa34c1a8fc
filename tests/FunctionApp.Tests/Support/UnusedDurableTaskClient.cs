using Microsoft.DurableTask.Client;

namespace TruckFactor.FunctionApp.Tests.Support;

/// <summary>A durable client for paths that must answer before reaching the task hub: any call fails the test.</summary>
internal sealed class UnusedDurableTaskClient() : DurableTaskClient("unused")
{
}
