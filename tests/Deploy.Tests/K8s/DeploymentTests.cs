using System.Globalization;
using TruckFactor.Deploy.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace TruckFactor.Deploy.Tests.K8s;

/// <summary>The function app's and the worker's Deployments, and the Service in front of the function app.</summary>
public sealed class DeploymentTests
{
    private const string CacheFolderSetting = "Harvest__CacheFolder";

    private static readonly ManifestSet Manifests = ManifestSet.Repository;

    private static readonly string[] ResourceBounds = ["requests", "limits"];

    private static readonly string[] Probes = ["startupProbe", "readinessProbe", "livenessProbe"];

    public static TheoryData<string> DeploymentNames =>
        [.. Manifests.OfKind("Deployment").Select(deployment => deployment.Name!)];

    [Theory]
    [MemberData(nameof(DeploymentNames))]
    public void Selector_EachDeployment_MatchesTemplateLabels(string name)
    {
        var deployment = Manifests.Single("Deployment", name);
        var selector = deployment.Root.RequiredMapping("spec", "selector", "matchLabels").ScalarEntries();

        Assert.NotEmpty(selector);
        Assert.All(selector, label => Assert.Equal(label.Value, deployment.PodLabels().GetValueOrDefault(label.Key)));
    }

    [Theory]
    [MemberData(nameof(DeploymentNames))]
    public void Containers_EachDeployment_HaveImageAndCpuAndMemoryRequestsAndLimits(string name)
    {
        var containers = Manifests.Single("Deployment", name).Containers();

        Assert.NotEmpty(containers);
        Assert.All(containers, container =>
        {
            Assert.False(string.IsNullOrWhiteSpace(container.Text("image")), $"{name}: a container without image");
            foreach (var bound in ResourceBounds)
            {
                Assert.NotNull(container.Text("resources", bound, "cpu"));
                Assert.NotNull(container.Text("resources", bound, "memory"));
            }
        });
    }

    [Theory]
    [MemberData(nameof(DeploymentNames))]
    public void Image_EachDeployment_IsBuiltByTheDockerfileOfTheSameName(string name)
    {
        // The README builds <registry>/truckfactor-<x> from deploy/docker/<x>.Dockerfile and rewrites the
        // image name truckfactor-<x> in an overlay.
        var image = Manifests.Single("Deployment", name).Containers().Single().RequiredText("image");

        Assert.StartsWith("truckfactor-", image, StringComparison.Ordinal);
        Assert.Contains($"{image["truckfactor-".Length..]}.Dockerfile", Dockerfile.Names);
    }

    [Theory]
    [MemberData(nameof(DeploymentNames))]
    public void CpuRequest_EachDeployment_IsOneCorePerConcurrentActivity(string name)
    {
        // Mining is CPU-bound: each activity keeps one core busy, so a pod asks for as many as it runs activities.
        var deployment = Manifests.Single("Deployment", name);

        var cpu = deployment.Containers().Single().RequiredText("resources", "requests", "cpu");

        var activities = PodConcurrency.ActivitiesPerPod(deployment, Manifests);
        Assert.Equal(activities.ToString(CultureInfo.InvariantCulture), cpu);
    }

    [Theory]
    [MemberData(nameof(DeploymentNames))]
    public void CacheVolume_EachDeployment_IsAnEmptyDirMountedAtTheCacheFolder(string name)
    {
        var deployment = Manifests.Single("Deployment", name);
        var container = deployment.Containers().Single();
        var cacheFolder = container.Environment(Manifests)[CacheFolderSetting];

        var mount = container.Items("volumeMounts").Single(item => item.Text("mountPath") == cacheFolder);
        var volume = deployment.Volumes().Single(item => item.Text("name") == mount.Text("name"));

        Assert.IsType<YamlMappingNode>(volume.Find("emptyDir"));
        Assert.Null(mount.Text("readOnly"));
    }

    [Theory]
    [MemberData(nameof(DeploymentNames))]
    public void SecurityContext_EachPod_RunsAsNonRootWithoutPrivilegeEscalation(string name)
    {
        var deployment = Manifests.Single("Deployment", name);

        Assert.Equal("true", deployment.PodSpec().Text("securityContext", "runAsNonRoot"));
        Assert.NotEqual("0", deployment.PodSpec().Text("securityContext", "runAsUser"));
        Assert.All(deployment.Containers(), container =>
            Assert.Equal("false", container.Text("securityContext", "allowPrivilegeEscalation")));
    }

    [Fact]
    public void Probes_FunctionApp_TargetANamedContainerPort()
    {
        var service = Manifests.OfKind("Service").Single();
        var container = BehindService(service).Containers().Single();
        var ports = container.Items("ports").Select(port => port.Text("name")).ToList();

        foreach (var probe in Probes)
        {
            var port = container.Find(probe, "tcpSocket", "port") ?? container.Find(probe, "httpGet", "port");
            Assert.True(port is not null, $"{probe} has no tcpSocket or httpGet port");
            Assert.Contains(port.ToString(), ports);
        }
    }

    [Fact]
    public void Service_FunctionApp_SelectsOnlyThePodsOfOneDeploymentOnANamedPort()
    {
        var service = Manifests.OfKind("Service").Single();

        Assert.Equal("ClusterIP", service.Root.Text("spec", "type"));
        var deployment = BehindService(service);
        var containerPorts = deployment.Containers().Single().Items("ports").Select(port => port.Text("name"));
        Assert.All(
            service.Root.Items("spec", "ports"),
            port => Assert.Contains(port.Text("targetPort"), containerPorts));
    }

    /// <summary>The one Deployment whose pods the Service selects.</summary>
    internal static Manifest BehindService(Manifest service)
    {
        var selector = service.Root.RequiredMapping("spec", "selector").ScalarEntries();
        return Manifests.OfKind("Deployment").Single(deployment =>
            selector.All(label => deployment.PodLabels().GetValueOrDefault(label.Key) == label.Value));
    }
}
