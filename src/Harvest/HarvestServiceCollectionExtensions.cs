using Azure.Storage.Blobs;
using Microsoft.DurableTask;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TruckFactor.Analysis.Mining;
using TruckFactor.Harvest.Activities;
using TruckFactor.Harvest.Api;
using TruckFactor.Harvest.Mining;
using TruckFactor.Harvest.Options;
using TruckFactor.Harvest.Orchestrations;
using TruckFactor.Harvest.Storage;
using TruckFactor.Harvest.Validation;

namespace TruckFactor.Harvest;

/// <summary>Registers the harvest's services in either host.</summary>
public static class HarvestServiceCollectionExtensions
{
    /// <summary>
    /// Adds options, the URL policy, the blob store, the clone cache, the miner, the activities and the API.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">Configuration holding the Harvest and Harvest:Access sections.</param>
    /// <param name="storageConnectionString">The storage account holding the harvest's blobs.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddHarvest(
        this IServiceCollection services,
        IConfiguration configuration,
        string storageConnectionString)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.Configure<HarvestOptions>(configuration.GetSection(HarvestOptions.Section));
        services.Configure<RepositoryAccessOptions>(configuration.GetSection(RepositoryAccessOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider =>
            new RepositoryUrlPolicy(provider.GetRequiredService<IOptions<RepositoryAccessOptions>>().Value));
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<HarvestOptions>>().Value;
            var container = new BlobServiceClient(storageConnectionString)
                .GetBlobContainerClient(options.ContainerName);
            return new HarvestStore(container);
        });
        services.AddSingleton(provider =>
        {
            var folder = provider.GetRequiredService<IOptions<HarvestOptions>>().Value.CacheFolder;
            return new RepositoryCache(string.IsNullOrWhiteSpace(folder) ? RepositoryCache.DefaultRoot : folder);
        });
        services.TryAddSingleton<IHistoryMiner, RawObjectMiner>();
        services.AddSingleton<RepositoryHarvester>();
        services.AddSingleton<HarvestApi>();
        services.AddTransient<MineBatchActivity>();
        services.AddTransient<ComputeTruckFactorsActivity>();
        services.AddTransient<SaveHarvestSummaryActivity>();
        return services;
    }

    /// <summary>Registers the orchestrator and activities with a Durable Task worker.</summary>
    /// <param name="registry">The worker's task registry.</param>
    /// <returns>The same registry.</returns>
    public static DurableTaskRegistry AddHarvestTasks(this DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);

        return registry
            .AddOrchestrator<HarvestOrchestrator>()
            .AddActivity<MineBatchActivity>()
            .AddActivity<ComputeTruckFactorsActivity>()
            .AddActivity<SaveHarvestSummaryActivity>();
    }
}
