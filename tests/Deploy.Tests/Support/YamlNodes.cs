using YamlDotNet.RepresentationModel;

namespace TruckFactor.Deploy.Tests.Support;

/// <summary>Path lookups in a parsed YAML document, failing with the path when a required node is missing.</summary>
internal static class YamlNodes
{
    /// <summary>The node at a path of mapping keys, or null when any step is missing or not a mapping.</summary>
    public static YamlNode? Find(this YamlNode node, params string[] path)
    {
        var current = node;
        foreach (var key in path)
        {
            if (current is not YamlMappingNode mapping
                || !mapping.Children.TryGetValue(new YamlScalarNode(key), out var child))
            {
                return null;
            }

            current = child;
        }

        return current;
    }

    /// <summary>The scalar at a path, or null when it is missing.</summary>
    public static string? Text(this YamlNode node, params string[] path) => (node.Find(path) as YamlScalarNode)?.Value;

    /// <summary>The scalar at a path.</summary>
    /// <exception cref="InvalidOperationException">The path is missing or not a scalar.</exception>
    public static string RequiredText(this YamlNode node, params string[] path) =>
        node.Text(path) ?? throw Missing(node, path, "a scalar");

    /// <summary>The integer at a path.</summary>
    /// <exception cref="InvalidOperationException">The path is missing or not an integer.</exception>
    public static int RequiredInt(this YamlNode node, params string[] path) =>
        int.TryParse(node.RequiredText(path), out var value) ? value : throw Missing(node, path, "an integer");

    /// <summary>The mapping at a path.</summary>
    /// <exception cref="InvalidOperationException">The path is missing or not a mapping.</exception>
    public static YamlMappingNode RequiredMapping(this YamlNode node, params string[] path) =>
        node.Find(path) as YamlMappingNode ?? throw Missing(node, path, "a mapping");

    /// <summary>The items of the sequence at a path; empty when the path is missing.</summary>
    public static IReadOnlyList<YamlNode> Items(this YamlNode node, params string[] path) =>
        node.Find(path) is YamlSequenceNode sequence ? [.. sequence.Children] : [];

    /// <summary>A mapping's scalar entries as a dictionary.</summary>
    public static IReadOnlyDictionary<string, string> ScalarEntries(this YamlMappingNode mapping) =>
        mapping.Children
            .Where(entry => entry.Value is YamlScalarNode)
            .ToDictionary(entry => ((YamlScalarNode)entry.Key).Value!, entry => ((YamlScalarNode)entry.Value).Value!);

    private static InvalidOperationException Missing(YamlNode node, string[] path, string what) =>
        new($"Expected {what} at '{string.Join('.', path)}' (node at line {node.Start.Line}).");
}
