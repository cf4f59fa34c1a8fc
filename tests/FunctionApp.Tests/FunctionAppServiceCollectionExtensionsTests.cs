using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TruckFactor.FunctionApp.Activities;
using TruckFactor.FunctionApp.Tests.Storage;
using TruckFactor.FunctionApp.Triggers;
using TruckFactor.Harvest.Options;
using TruckFactor.Harvest.Storage;

namespace TruckFactor.FunctionApp.Tests;

/// <summary>The app's service registrations, resolved as the worker resolves function classes.</summary>
public sealed class FunctionAppServiceCollectionExtensionsTests
{
    [Theory]
    [InlineData(typeof(HarvestHttpFunctions))]
    [InlineData(typeof(DiscoverRepositoriesActivityFunction))]
    [InlineData(typeof(MineBatchActivityFunction))]
    [InlineData(typeof(ComputeTruckFactorsActivityFunction))]
    [InlineData(typeof(SaveHarvestSummaryActivityFunction))]
    public void AddFunctionAppHarvest_ConnectionString_ResolvesFunctionClass(Type functionClass)
    {
        using var provider = Provider(("AzureWebJobsStorage", "UseDevelopmentStorage=true"));

        // The worker creates function classes this way, taking constructor arguments from the container.
        var instance = ActivatorUtilities.CreateInstance(provider, functionClass);

        Assert.IsType(functionClass, instance);
    }

    [Fact]
    public void AddFunctionAppHarvest_IdentityConnection_ResolvesStoreWithoutParsingConnectionString()
    {
        // Before the store was replaced, resolving it parsed an empty connection string and threw.
        using var provider = Provider(
            ("AzureWebJobsStorage:accountName", "tfacct"),
            ("Harvest:ContainerName", "harvests"));

        var store = provider.GetRequiredService<HarvestStore>();

        Assert.Equal("harvests", store.ContainerName);
    }

    [Fact]
    public void AddFunctionAppHarvest_NoStorageSetting_Throws()
    {
        Assert.Throws<TruckFactor.FunctionApp.Storage.StorageSettingException>(() => Provider());
    }

    [Fact]
    public void AddFunctionAppHarvest_NoCacheFolder_UsesLocalTempFolder()
    {
        // TRUCKFACTOR_CACHE, when set, is the miner's own default and is left to it.
        var expected = Environment.GetEnvironmentVariable("TRUCKFACTOR_CACHE") is { Length: > 0 }
            ? null
            : Path.Combine(Path.GetTempPath(), "truckfactor", "repositories");
        using var provider = Provider(("AzureWebJobsStorage", "UseDevelopmentStorage=true"));

        var options = provider.GetRequiredService<IOptions<HarvestOptions>>().Value;

        Assert.Equal(expected, options.CacheFolder);
    }

    [Fact]
    public void AddFunctionAppHarvest_CacheFolderConfigured_KeepsIt()
    {
        var folder = Path.Combine(Path.GetTempPath(), "configured-cache");
        using var provider = Provider(
            ("AzureWebJobsStorage", "UseDevelopmentStorage=true"),
            ("Harvest:CacheFolder", folder));

        var options = provider.GetRequiredService<IOptions<HarvestOptions>>().Value;

        Assert.Equal(folder, options.CacheFolder);
    }

    private static ServiceProvider Provider(params (string Key, string Value)[] settings)
    {
        IConfiguration configuration = StorageAccountSettingTests.Configuration(settings);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddFunctionAppHarvest(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
