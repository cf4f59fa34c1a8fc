using YamlDotNet.RepresentationModel;

namespace TruckFactor.Deploy.Tests.Support;

/// <summary>The parts of a Deployment the tests look at.</summary>
internal static class Workloads
{
    public static YamlMappingNode PodSpec(this Manifest deployment) =>
        deployment.Root.RequiredMapping("spec", "template", "spec");

    public static IReadOnlyList<YamlNode> Containers(this Manifest deployment) =>
        deployment.PodSpec().Items("containers");

    public static IReadOnlyList<YamlNode> Volumes(this Manifest deployment) => deployment.PodSpec().Items("volumes");

    /// <summary>The labels of the pods a Deployment creates.</summary>
    public static IReadOnlyDictionary<string, string> PodLabels(this Manifest deployment) =>
        deployment.Root.RequiredMapping("spec", "template", "metadata", "labels").ScalarEntries();

    /// <summary>
    /// The environment a container sees: the data of the ConfigMaps it takes whole (envFrom), then its own plain
    /// values; values read from Secrets are left out.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Environment(this YamlNode container, ManifestSet manifests)
    {
        Dictionary<string, string> environment = [];
        foreach (var source in container.Items("envFrom"))
        {
            var map = manifests.Single("ConfigMap", source.RequiredText("configMapRef", "name"));
            foreach (var (key, value) in map.Root.RequiredMapping("data").ScalarEntries())
            {
                environment[key] = value;
            }
        }

        foreach (var variable in container.Items("env"))
        {
            if (variable.Text("value") is { } value)
            {
                environment[variable.RequiredText("name")] = value;
            }
        }

        return environment;
    }
}
