using System.Globalization;
using System.Text.Json;
using TruckFactor.FunctionApp.Tests.Support;
using TruckFactor.LocalHost.Options;

namespace TruckFactor.FunctionApp.Tests;

/// <summary>
/// host.json against the local host's defaults: both hosts may serve one storage account, and a different hub name
/// or partition count would split or corrupt the task hub's queues and leases.
/// </summary>
public sealed class HostJsonTests
{
    private static readonly JsonElement DurableTask = Load().GetProperty("extensions").GetProperty("durableTask");

    [Fact]
    public void HubName_Default_EqualsLocalHostTaskHub()
    {
        Assert.Equal(new LocalHostOptions().TaskHub, DurableTask.GetProperty("hubName").GetString());
    }

    [Fact]
    public void PartitionCount_Default_EqualsLocalHostPartitionCount()
    {
        var partitionCount = DurableTask.GetProperty("storageProvider").GetProperty("partitionCount").GetInt32();

        Assert.Equal(new LocalHostOptions().PartitionCount, partitionCount);
    }

    [Fact]
    public void MaxConcurrentOrchestratorFunctions_Default_EqualsLocalHostDefault()
    {
        var orchestrations = DurableTask.GetProperty("maxConcurrentOrchestratorFunctions").GetInt32();

        Assert.Equal(new LocalHostOptions().MaxConcurrentOrchestrations, orchestrations);
    }

    [Fact]
    public void FunctionTimeout_Value_IsTwoHours()
    {
        // A batch of large repositories can take well over the 30-minute default on Premium and Flex plans.
        var timeout = TimeSpan.Parse(Load().GetProperty("functionTimeout").GetString()!, CultureInfo.InvariantCulture);

        Assert.Equal(TimeSpan.FromHours(2), timeout);
    }

    /// <summary>Parses the host.json that the build copies next to the worker.</summary>
    internal static JsonElement Load()
    {
        using var document = JsonDocument.Parse(
            File.ReadAllText(RepositoryFiles.PathOf("src/FunctionApp/host.json")),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        return document.RootElement.Clone();
    }
}
