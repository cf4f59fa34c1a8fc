using YamlDotNet.RepresentationModel;

namespace TruckFactor.Deploy.Tests.Support;

/// <summary>Every YAML document under deploy/k8s, parsed with YamlDotNet.</summary>
internal sealed class ManifestSet
{
    public const string Folder = "deploy/k8s";

    private ManifestSet(IReadOnlyList<Manifest> documents) => Documents = documents;

    public IReadOnlyList<Manifest> Documents { get; }

    /// <summary>The .yaml and .yml files of the folder, relative to it, sorted.</summary>
    public static IReadOnlyList<string> Files { get; } =
        [.. Directory.EnumerateFiles(RepositoryFiles.PathOf(Folder), "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".yaml", StringComparison.Ordinal)
                           || path.EndsWith(".yml", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(RepositoryFiles.PathOf(Folder), path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    // Declared after Files, which it reads: static initializers run in declaration order.

    /// <summary>The manifests as the repository holds them, loaded once per test run.</summary>
    public static ManifestSet Repository { get; } = Load(RepositoryFiles.PathOf(Folder));

    public IReadOnlyList<Manifest> OfKind(string kind) => [.. Documents.Where(document => document.Kind == kind)];

    /// <summary>The one document of a kind and name.</summary>
    /// <exception cref="InvalidOperationException">There is none, or more than one.</exception>
    public Manifest Single(string kind, string name) =>
        Documents.SingleOrDefault(document => document.Kind == kind && document.Name == name)
        ?? throw new InvalidOperationException($"deploy/k8s has no single {kind} named '{name}'.");

    /// <summary>The one ConfigMap's data: the settings every container receives through envFrom.</summary>
    public IReadOnlyDictionary<string, string> Settings =>
        OfKind("ConfigMap").Single().Root.RequiredMapping("data").ScalarEntries();

    private static ManifestSet Load(string folder)
    {
        List<Manifest> documents = [];
        foreach (var file in Files)
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(Path.Combine(folder, file)))
            {
                stream.Load(reader);
            }

            foreach (var document in stream.Documents)
            {
                documents.Add(document.RootNode switch
                {
                    YamlMappingNode root => new Manifest(file, root),
                    var other => throw new InvalidOperationException(
                        $"{Folder}/{file}: a document at line {other.Start.Line} is not a mapping; each must be one "
                        + "Kubernetes object."),
                });
            }
        }

        return new ManifestSet(documents);
    }
}
