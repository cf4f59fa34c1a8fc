using System.Diagnostics.CodeAnalysis;
using TruckFactor.Harvest.Tests.Support;

namespace TruckFactor.Deploy.Tests.Support;

/// <summary>Test classes marked <c>[Collection("Azurite")]</c> share one storage emulator for the whole run.</summary>
[CollectionDefinition(Name)]
[SuppressMessage(
    "Naming",
    "CA1711:Identifiers should not have incorrect suffix",
    Justification = "xunit names collection definitions '...Collection'; this type holds no items.")]
public sealed class DeployAzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    /// <summary>The collection name to put in <c>[Collection]</c>.</summary>
    public const string Name = "Azurite";
}
