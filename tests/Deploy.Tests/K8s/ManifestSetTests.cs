using TruckFactor.Deploy.Tests.Support;

namespace TruckFactor.Deploy.Tests.K8s;

/// <summary>
/// Every YAML document under deploy/k8s: parseable, of a kind and API version the cluster serves, in the one
/// namespace, and listed in the kustomization.
/// </summary>
public sealed class ManifestSetTests
{
    // The group/version each kind is served under: Kubernetes' core and apps groups, KEDA 2.x, kustomize. These are
    // the APIs' published names, not copies of the manifests.
    private static readonly Dictionary<string, string> ServedApiVersions = new()
    {
        ["Namespace"] = "v1",
        ["Secret"] = "v1",
        ["ConfigMap"] = "v1",
        ["Service"] = "v1",
        ["Deployment"] = "apps/v1",
        ["ScaledObject"] = "keda.sh/v1alpha1",
        ["TriggerAuthentication"] = "keda.sh/v1alpha1",
        ["Kustomization"] = "kustomize.config.k8s.io/v1beta1",
    };

    private static readonly ManifestSet Manifests = ManifestSet.Repository;

    [Fact]
    public void Load_EveryYamlFile_YieldsDocumentsWithKindApiVersionAndName()
    {
        Assert.NotEmpty(ManifestSet.Files);
        Assert.All(ManifestSet.Files, file => Assert.Contains(Manifests.Documents, document => document.File == file));
        Assert.All(Manifests.Documents, document =>
        {
            Assert.False(string.IsNullOrEmpty(document.Kind), $"{document.File}: a document without kind");
            Assert.False(string.IsNullOrEmpty(document.ApiVersion), $"{document}: no apiVersion");
            if (document.Kind != "Kustomization")
            {
                Assert.False(string.IsNullOrEmpty(document.Name), $"{document}: no metadata.name");
            }
        });
    }

    [Fact]
    public void ApiVersion_EachKind_IsTheServedGroupVersion()
    {
        Assert.All(Manifests.Documents, document =>
        {
            Assert.True(ServedApiVersions.ContainsKey(document.Kind!), $"{document}: unexpected kind");
            Assert.Equal(ServedApiVersions[document.Kind!], document.ApiVersion);
        });
    }

    [Theory]
    [InlineData("Namespace", 1)]
    [InlineData("Secret", 1)]
    [InlineData("ConfigMap", 1)]
    [InlineData("TriggerAuthentication", 1)]
    [InlineData("Service", 1)]
    [InlineData("Deployment", 2)]
    [InlineData("ScaledObject", 2)]
    public void Kinds_WholeSet_HoldTheDeploymentsPieces(string kind, int count)
    {
        // The list: the function app and the worker, each with its own ScaledObject; one Service (the API).
        Assert.Equal(count, Manifests.OfKind(kind).Count);
    }

    [Fact]
    public void Names_SameKind_AreUnique()
    {
        var duplicates = Manifests.Documents
            .GroupBy(document => (document.Kind, document.Name))
            .Where(group => group.Count() > 1)
            .Select(group => $"{group.Key.Kind}/{group.Key.Name}");

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Namespace_EveryNamespacedObject_IsTheDeclaredNamespace()
    {
        var declared = Manifests.OfKind("Namespace").Single().Name;
        var kustomization = Manifests.OfKind("Kustomization").Single();

        Assert.Equal(declared, kustomization.Root.Text("namespace"));
        Assert.All(
            Manifests.Documents.Where(document => document.Kind is not ("Namespace" or "Kustomization")),
            document => Assert.True(document.Namespace == declared, $"{document}: namespace {document.Namespace}"));
    }

    [Fact]
    public void Resources_Kustomization_ListEveryOtherManifestFile()
    {
        var kustomization = Manifests.OfKind("Kustomization").Single();
        var listed = kustomization.Root.Items("resources")
            .Select(item => item.ToString())
            .Order(StringComparer.Ordinal);

        var others = ManifestSet.Files.Where(file => file != kustomization.File);

        Assert.Equal(others, listed);
    }
}
