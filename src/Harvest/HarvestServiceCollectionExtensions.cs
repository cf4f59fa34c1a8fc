using Azure.Storage.Blobs;
using Microsoft.DurableTask;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TruckFactor.Analysis.Mining;
using TruckFactor.Harvest.Activities;
using TruckFactor.Harvest.Api;
using TruckFactor.Harvest.Discovery;
using TruckFactor.Harvest.Mining;
using TruckFactor.Harvest.Options;
using TruckFactor.Harvest.Orchestrations;
using TruckFactor.Harvest.Storage;
using TruckFactor.Harvest.Validation;

namespace TruckFactor.Harvest;

/// <summary>Registers the harvest's services in either host.</summary>
public static class HarvestServiceCollectionExtensions
{
    private const string GitHubHttpClient = "GitHub";

    /// <summary>
    /// Adds options, the URL policy, the blob store, the GitHub client and token, the clone cache, the miner, the
    /// activities and the API.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">Configuration holding the Harvest, Harvest:Access and GitHub sections.</param>
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
        services.AddGitHub(configuration);
        services.AddSingleton(provider =>
        {
            var folder = provider.GetRequiredService<IOptions<HarvestOptions>>().Value.CacheFolder;
            var credentials = provider.GetRequiredService<GitHubCloneCredentials>();
            return new RepositoryCache(
                string.IsNullOrWhiteSpace(folder) ? RepositoryCache.DefaultRoot : folder, credentials.For);
        });
        services.TryAddSingleton<IHistoryMiner>(provider =>
        {
            var threads = provider.GetRequiredService<IOptions<HarvestOptions>>().Value.MiningThreads;
            return new RawObjectMiner(detectRenames: true, threads > 0 ? threads : RawObjectMiner.DefaultThreads);
        });
        services.AddSingleton<RepositoryHarvester>();
        services.AddSingleton<HarvestApi>();
        services.AddTransient<DiscoverRepositoriesActivity>();
        services.AddTransient<MineBatchActivity>();
        services.AddTransient<ComputeTruckFactorsActivity>();
        services.AddTransient<SaveHarvestSummaryActivity>();
        return services;
    }

    private static void AddGitHub(this IServiceCollection services, IConfiguration configuration)
    {
        // The GitHub section, so the token can come from GitHub__Token or a Key Vault reference of that name.
        services.Configure<GitHubOptions>(configuration.GetSection(GitHubOptions.Section));
        services.AddSingleton(provider =>
            new GitHubCloneCredentials(provider.GetRequiredService<IOptions<GitHubOptions>>().Value));

        // Header values stay out of the client's own request logs: the Authorization header carries the token.
        services.AddHttpClient(GitHubHttpClient, client => client.Timeout = TimeSpan.FromSeconds(100))
            .RedactLoggedHeaders(_ => true);
        services.AddTransient(provider => new GitHubDiscoveryClient(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(GitHubHttpClient),
            provider.GetRequiredService<IOptions<GitHubOptions>>().Value,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<GitHubDiscoveryClient>>()));
    }

    /// <summary>Registers the orchestrator and activities with a Durable Task worker.</summary>
    /// <param name="registry">The worker's task registry.</param>
    /// <returns>The same registry.</returns>
    public static DurableTaskRegistry AddHarvestTasks(this DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);

        return registry
            .AddOrchestrator<HarvestOrchestrator>()
            .AddActivity<DiscoverRepositoriesActivity>()
            .AddActivity<MineBatchActivity>()
            .AddActivity<ComputeTruckFactorsActivity>()
            .AddActivity<SaveHarvestSummaryActivity>();
    }
}
