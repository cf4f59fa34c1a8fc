using System.Text.RegularExpressions;
using TruckFactor.Deploy.Tests.Support;
using TruckFactor.LocalHost.Azurite;
using YamlDotNet.RepresentationModel;

namespace TruckFactor.Deploy.Tests.K8s;

/// <summary>Every name one manifest uses to reach another resolves: Secrets, ConfigMaps, Deployments, auth.</summary>
public sealed partial class ObjectReferenceTests
{
    private static readonly ManifestSet Manifests = ManifestSet.Repository;

    private static readonly string[] SecretDataFields = ["stringData", "data"];

    [Fact]
    public void SecretKeyRef_EveryContainer_NamesAKeyOfAnExistingSecret()
    {
        var references = Manifests.OfKind("Deployment")
            .SelectMany(deployment => deployment.Containers())
            .SelectMany(container => container.Items("env"))
            .Select(variable => variable.Find("valueFrom", "secretKeyRef"))
            .OfType<YamlNode>()
            .ToList();

        Assert.NotEmpty(references);
        Assert.All(references, reference =>
            Assert.Contains(reference.RequiredText("key"), SecretKeys(reference.RequiredText("name"))));
    }

    [Fact]
    public void ConfigMapRef_EveryContainer_NamesAnExistingConfigMap()
    {
        var names = Manifests.OfKind("Deployment")
            .SelectMany(deployment => deployment.Containers())
            .SelectMany(container => container.Items("envFrom"))
            .Select(source => source.RequiredText("configMapRef", "name"))
            .ToList();

        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.Contains(Manifests.OfKind("ConfigMap"), map => map.Name == name));
    }

    [Fact]
    public void ScaleTargetRef_EveryDeployment_IsTheTargetOfExactlyOneScaledObject()
    {
        var targets = Manifests.OfKind("ScaledObject")
            .Select(scaledObject => scaledObject.Root.RequiredText("spec", "scaleTargetRef", "name"))
            .Order(StringComparer.Ordinal);

        var deployments = Manifests.OfKind("Deployment")
            .Select(deployment => deployment.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(deployments, targets);
    }

    [Fact]
    public void AuthenticationRef_EveryTrigger_NamesAnExistingTriggerAuthentication()
    {
        var triggers = Manifests.OfKind("ScaledObject").SelectMany(KedaTrigger.Of).ToList();

        Assert.NotEmpty(triggers);
        Assert.All(triggers, trigger =>
            Assert.Contains(Manifests.OfKind("TriggerAuthentication"), auth => auth.Name == trigger.AuthenticationRef));
    }

    [Fact]
    public void SecretTargetRef_EveryTriggerAuthentication_GivesTheConnectionFromAnExistingSecretKey()
    {
        Assert.All(Manifests.OfKind("TriggerAuthentication"), auth =>
        {
            var references = auth.Root.Items("spec", "secretTargetRef");
            Assert.Contains(references, reference => reference.Text("parameter") == "connection");
            Assert.All(references, reference =>
                Assert.Contains(reference.RequiredText("key"), SecretKeys(reference.RequiredText("name"))));
        });
    }

    [Fact]
    public void SecretTargetRef_TriggerAuthentication_ReadsTheKeyTheContainersUseForStorage()
    {
        // KEDA must count the queues of the same account the pods work on.
        var containerKeys = Manifests.OfKind("Deployment")
            .SelectMany(deployment => deployment.Containers())
            .SelectMany(container => container.Items("env"))
            .Where(variable => variable.Text("name") == "AzureWebJobsStorage")
            .Select(variable => variable.RequiredText("valueFrom", "secretKeyRef", "key"))
            .Distinct();

        var kedaKeys = Manifests.OfKind("TriggerAuthentication")
            .SelectMany(auth => auth.Root.Items("spec", "secretTargetRef"))
            .Select(reference => reference.RequiredText("key"))
            .Distinct();

        Assert.Equal(containerKeys, kedaKeys);
    }

    [Fact]
    public void StringData_Secret_HoldsPlaceholdersNotAKey()
    {
        var values = Manifests.OfKind("Secret").Single().Root.RequiredMapping("stringData").ScalarEntries().Values;

        Assert.All(values, value =>
        {
            Assert.DoesNotMatch(AccountKeyPattern(), value);
            Assert.DoesNotContain(AzuriteInstance.DevelopmentAccountKey, value, StringComparison.Ordinal);
            Assert.Contains("<", value, StringComparison.Ordinal);
        });
    }

    private static IEnumerable<string> SecretKeys(string secretName)
    {
        var secret = Manifests.Single("Secret", secretName);
        return SecretDataFields
            .Select(field => secret.Root.Find(field))
            .OfType<YamlMappingNode>()
            .SelectMany(mapping => mapping.ScalarEntries().Keys);
    }

    // A storage account key is 64 bytes in base64: 88 characters ending in "==".
    [GeneratedRegex("AccountKey=[A-Za-z0-9+/]{86}==")]
    private static partial Regex AccountKeyPattern();
}
