using System.Globalization;
using TruckFactor.Deploy.Tests.Support;

namespace TruckFactor.Deploy.Tests.K8s;

/// <summary>
/// The KEDA ScaledObjects' shape and numbers. Which queues they watch is checked against a real task hub in
/// <see cref="TaskHubQueueTests"/>; here the targets are checked against the concurrency the pods are given.
/// </summary>
public sealed class ScaledObjectTests
{
    private static readonly ManifestSet Manifests = ManifestSet.Repository;

    public static TheoryData<string> ScaledObjectNames =>
        [.. Manifests.OfKind("ScaledObject").Select(scaledObject => scaledObject.Name!)];

    [Theory]
    [MemberData(nameof(ScaledObjectNames))]
    public void Triggers_EachScaledObject_AreAzureQueuesWithNameAndPositiveLength(string name)
    {
        var triggers = KedaTrigger.Of(Manifests.Single("ScaledObject", name));

        Assert.NotEmpty(triggers);
        Assert.All(triggers, trigger =>
        {
            Assert.Equal("azure-queue", trigger.Type);
            Assert.False(string.IsNullOrEmpty(trigger.QueueName));
            Assert.True(int.Parse(trigger.QueueLength!, CultureInfo.InvariantCulture) > 0, $"{trigger.QueueName}");
        });
        Assert.Equal(triggers.Count, triggers.Select(trigger => trigger.QueueName).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(ScaledObjectNames))]
    public void ReplicaBounds_EachScaledObject_AreOrderedAndPollingAndCooldownAreSet(string name)
    {
        var spec = Manifests.Single("ScaledObject", name).Root.RequiredMapping("spec");

        var min = spec.RequiredInt("minReplicaCount");
        var max = spec.RequiredInt("maxReplicaCount");

        Assert.InRange(min, 0, max);
        Assert.True(max > 0);
        Assert.True(spec.RequiredInt("pollingInterval") > 0);
        Assert.True(spec.RequiredInt("cooldownPeriod") > 0);
    }

    [Fact]
    public void MinReplicaCount_DeploymentBehindTheService_IsAtLeastOne()
    {
        // Queue triggers cannot see HTTP requests: at zero replicas the API would refuse every request.
        var deployment = DeploymentTests.BehindService(Manifests.OfKind("Service").Single());

        Assert.True(ScaledObjectFor(deployment.Name!).Root.RequiredInt("spec", "minReplicaCount") >= 1);
    }

    [Theory]
    [MemberData(nameof(ScaledObjectNames))]
    public void WorkItemsQueueLength_EachScaledObject_EqualsTheActivitiesOnePodRuns(string name)
    {
        var scaledObject = Manifests.Single("ScaledObject", name);

        var workItems = KedaTrigger.Of(scaledObject)
            .Single(trigger => trigger.QueueName!.EndsWith(KedaTrigger.WorkItemsSuffix, StringComparison.Ordinal));

        Assert.Equal(ActivitiesPerPod(scaledObject), int.Parse(workItems.QueueLength!, CultureInfo.InvariantCulture));
    }

    [Theory]
    [MemberData(nameof(ScaledObjectNames))]
    public void MaxReplicaCount_EachScaledObject_GivesNoMoreActivitySlotsThanBatchesInFlight(string name)
    {
        // One harvest keeps at most Harvest__MaxParallelBatches activities in flight; pods beyond that would idle.
        var scaledObject = Manifests.Single("ScaledObject", name);
        var batchesInFlight = int.Parse(
            Manifests.Settings["Harvest__MaxParallelBatches"], CultureInfo.InvariantCulture);

        var slots = scaledObject.Root.RequiredInt("spec", "maxReplicaCount") * ActivitiesPerPod(scaledObject);

        Assert.InRange(slots, 1, batchesInFlight);
    }

    private static Manifest ScaledObjectFor(string deploymentName) =>
        Manifests.OfKind("ScaledObject")
            .Single(scaledObject => scaledObject.Root.Text("spec", "scaleTargetRef", "name") == deploymentName);

    private static int ActivitiesPerPod(Manifest scaledObject) =>
        PodConcurrency.ActivitiesPerPod(
            Manifests.Single("Deployment", scaledObject.Root.RequiredText("spec", "scaleTargetRef", "name")),
            Manifests);
}
