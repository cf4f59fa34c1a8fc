using YamlDotNet.RepresentationModel;

namespace TruckFactor.Deploy.Tests.Support;

/// <summary>One trigger of a KEDA ScaledObject.</summary>
/// <param name="Type">The scaler, such as <c>azure-queue</c>.</param>
/// <param name="QueueName">metadata.queueName, or null.</param>
/// <param name="QueueLength">metadata.queueLength (a string in KEDA's schema), or null.</param>
/// <param name="AuthenticationRef">authenticationRef.name, or null.</param>
internal sealed record KedaTrigger(string? Type, string? QueueName, string? QueueLength, string? AuthenticationRef)
{
    /// <summary>The queue suffix DurableTask.AzureStorage gives the task hub's activity queue.</summary>
    public const string WorkItemsSuffix = "-workitems";

    public static IReadOnlyList<KedaTrigger> Of(Manifest scaledObject) =>
        [.. scaledObject.Root.Items("spec", "triggers").Select(From)];

    private static KedaTrigger From(YamlNode trigger) => new(
        trigger.Text("type"),
        trigger.Text("metadata", "queueName"),
        trigger.Text("metadata", "queueLength"),
        trigger.Text("authenticationRef", "name"));
}
