using Azure.Storage.Queues;
using DurableTask.AzureStorage;
using TruckFactor.Deploy.Tests.Support;
using TruckFactor.Harvest.Tests.Support;

namespace TruckFactor.Deploy.Tests.K8s;

/// <summary>
/// The queues each ScaledObject watches against the queues a real task hub has: the hub is created on Azurite with
/// DurableTask.AzureStorage (the library both hosts run on) from the ConfigMap's name and partition count, and the
/// queues are listed back from the emulator.
/// </summary>
[Collection(DeployAzuriteCollection.Name)]
public sealed class TaskHubQueueTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task QueueNames_EachScaledObject_AreExactlyTheQueuesTheTaskHubCreates()
    {
        var (hubName, partitionCount) = TaskHubSettingsTests.Read();
        var queues = new QueueServiceClient(azurite.ConnectionString);
        var before = await QueueNamesAsync(queues);

        var service = new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = hubName,
            PartitionCount = partitionCount,
            StorageAccountClientProvider = new StorageAccountClientProvider(azurite.ConnectionString),
        });
        await service.CreateIfNotExistsAsync();
        var created = (await QueueNamesAsync(queues)).Except(before).Order(StringComparer.Ordinal).ToList();

        Assert.True(
            created.Count > 0,
            $"Creating task hub {hubName} made no queue: the storage already holds it. Run against a fresh emulator.");
        // No queue is left out: the hub makes the activity queue and one control queue per partition, and every
        // one of them carries work a pod must be running for.
        Assert.All(ManifestSet.Repository.OfKind("ScaledObject"), scaledObject =>
        {
            var watched = KedaTrigger.Of(scaledObject)
                .Select(trigger => trigger.QueueName!)
                .Order(StringComparer.Ordinal);
            Assert.Equal(created, watched);
        });
    }

    private static async Task<HashSet<string>> QueueNamesAsync(QueueServiceClient queues)
    {
        HashSet<string> names = [];
        await foreach (var queue in queues.GetQueuesAsync())
        {
            names.Add(queue.Name);
        }

        return names;
    }
}
