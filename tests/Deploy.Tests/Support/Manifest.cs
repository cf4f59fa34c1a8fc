using YamlDotNet.RepresentationModel;

namespace TruckFactor.Deploy.Tests.Support;

/// <summary>One YAML document of deploy/k8s.</summary>
/// <param name="File">The file it came from, relative to deploy/k8s.</param>
/// <param name="Root">The document's root mapping.</param>
internal sealed record Manifest(string File, YamlMappingNode Root)
{
    public string? Kind => Root.Text("kind");

    public string? ApiVersion => Root.Text("apiVersion");

    public string? Name => Root.Text("metadata", "name");

    public string? Namespace => Root.Text("metadata", "namespace");

    /// <summary>Names the document in assertion messages.</summary>
    public override string ToString() => $"{Kind}/{Name} ({File})";
}
