using System.Globalization;

namespace TruckFactor.Deploy.Tests.Support;

/// <summary>How many activities one pod of a Deployment runs at once, read from the settings that decide it.</summary>
internal static class PodConcurrency
{
    /// <summary>
    /// host.json's maxConcurrentActivityFunctions when the image is built on the Functions host (its Dockerfile's
    /// last stage), otherwise LocalHost__MaxConcurrentActivities from the container's environment.
    /// </summary>
    public static int ActivitiesPerPod(Manifest deployment, ManifestSet manifests)
    {
        var container = deployment.Containers().Single();
        var image = container.RequiredText("image");
        var dockerfile = Dockerfile.Load($"{image["truckfactor-".Length..]}.Dockerfile");
        if (dockerfile.BaseImages[^1].Contains("azure-functions", StringComparison.Ordinal))
        {
            return HostJson.MaxConcurrentActivityFunctions;
        }

        var setting = container.Environment(manifests)["LocalHost__MaxConcurrentActivities"];
        return int.Parse(setting, CultureInfo.InvariantCulture);
    }
}
