using System.Globalization;
using TruckFactor.Deploy.Tests.Support;
using TruckFactor.LocalHost.Options;

namespace TruckFactor.Deploy.Tests.K8s;

/// <summary>
/// The ConfigMap's task hub against host.json and the local host's defaults: both hosts share the hub's queues and
/// leases, and KEDA's queue names follow from it, so a second spelling anywhere would split the work.
/// </summary>
public sealed class TaskHubSettingsTests
{
    private const string FunctionsHubName = "AzureFunctionsJobHost__extensions__durableTask__hubName";
    private const string FunctionsPartitionCount =
        "AzureFunctionsJobHost__extensions__durableTask__storageProvider__partitionCount";

    private static readonly IReadOnlyDictionary<string, string> Settings = ManifestSet.Repository.Settings;

    [Fact]
    public void TaskHub_ConfigMap_EqualsHostJsonAndLocalHostDefault()
    {
        Assert.Equal(HostJson.HubName, Settings["LocalHost__TaskHub"]);
        Assert.Equal(HostJson.HubName, Settings[FunctionsHubName]);
        Assert.Equal(new LocalHostOptions().TaskHub, HostJson.HubName);
    }

    [Fact]
    public void PartitionCount_ConfigMap_EqualsHostJsonAndLocalHostDefault()
    {
        Assert.Equal(HostJson.PartitionCount, Number(Settings["LocalHost__PartitionCount"]));
        Assert.Equal(HostJson.PartitionCount, Number(Settings[FunctionsPartitionCount]));
        Assert.Equal(new LocalHostOptions().PartitionCount, HostJson.PartitionCount);
    }

    [Fact]
    public void AllowLocalPaths_ConfigMap_IsOff()
    {
        // truckfactor serve turns local paths on for its offline demo; a cluster's workers must not read pod files.
        Assert.Equal("false", Settings["Harvest__Access__AllowLocalPaths"]);
    }

    /// <summary>The task hub name and partition count, read from the ConfigMap and checked against host.json.</summary>
    internal static (string HubName, int PartitionCount) Read()
    {
        var hubName = Settings["LocalHost__TaskHub"];
        var partitionCount = Number(Settings["LocalHost__PartitionCount"]);
        Assert.Equal(HostJson.HubName, hubName);
        Assert.Equal(HostJson.PartitionCount, partitionCount);
        return (hubName, partitionCount);
    }

    private static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
