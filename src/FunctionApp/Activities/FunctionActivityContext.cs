using Microsoft.DurableTask;

namespace TruckFactor.FunctionApp.Activities;

/// <summary>
/// The activity context handed to the harvest's class-based activities when the Functions host runs them: the
/// isolated worker gives an activity function only its input and binding data, not a <see cref="TaskActivityContext"/>.
/// </summary>
internal sealed class FunctionActivityContext : TaskActivityContext
{
    /// <summary>Creates the context.</summary>
    /// <param name="name">The activity's name, which is its function's name.</param>
    /// <param name="instanceId">The id of the orchestration instance that scheduled the activity.</param>
    public FunctionActivityContext(TaskName name, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(instanceId);
        Name = name;
        InstanceId = instanceId;
    }

    /// <inheritdoc />
    public override TaskName Name { get; }

    /// <inheritdoc />
    public override string InstanceId { get; }
}
