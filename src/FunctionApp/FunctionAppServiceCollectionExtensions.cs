using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TruckFactor.FunctionApp.Logging;
using TruckFactor.FunctionApp.Storage;
using TruckFactor.Harvest;
using TruckFactor.Harvest.Options;
using TruckFactor.Harvest.Storage;

namespace TruckFactor.FunctionApp;

/// <summary>Registers the harvest's services and telemetry the way the Functions app needs them.</summary>
public static class FunctionAppServiceCollectionExtensions
{
    /// <summary>The app setting Azure sets when the app has an Application Insights resource.</summary>
    public const string ApplicationInsightsSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    // The Application Insights logger provider registers this rule to keep only warnings; it is removed so that
    // host.json's levels decide, as they do for every other provider.
    private const string ApplicationInsightsProvider =
        "Microsoft.Extensions.Logging.ApplicationInsights.ApplicationInsightsLoggerProvider";

    /// <summary>
    /// Adds the harvest's services over the storage account of <c>AzureWebJobsStorage</c>, and keeps clones on
    /// the instance's local disk unless a cache folder is configured.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The app's configuration.</param>
    /// <returns>The same collection.</returns>
    /// <exception cref="StorageSettingException">The storage setting is missing or malformed.</exception>
    public static IServiceCollection AddFunctionAppHarvest(
        this IServiceCollection services,
        IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var storage = StorageAccountSetting.Read(configuration);

        // AddHarvest takes a connection string only; with an identity its store factory, the one place that
        // would parse the string, is replaced just below before anything can resolve it.
        services.AddHarvest(configuration, storage.ConnectionString ?? string.Empty);
        if (storage.BlobServiceUri is { } blobServiceUri)
        {
            services.Replace(ServiceDescriptor.Singleton(provider =>
            {
                var options = provider.GetRequiredService<IOptions<HarvestOptions>>().Value;
                provider.GetRequiredService<ILogger<StorageAccountSetting>>().UsingIdentityStorage(blobServiceUri);
                var container = storage.CreateBlobServiceClient().GetBlobContainerClient(options.ContainerName);
                return new HarvestStore(container);
            }));
        }

        services.PostConfigure<HarvestOptions>(options =>
        {
            // The per-user default lies under HOME, which on App Service plans is an Azure Files share mounted by
            // every instance: clones there are slow, and instances would write into the same folders.
            if (string.IsNullOrWhiteSpace(options.CacheFolder)
                && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("TRUCKFACTOR_CACHE")))
            {
                options.CacheFolder = Path.Combine(Path.GetTempPath(), "truckfactor", "repositories");
            }
        });
        return services;
    }

    /// <summary>
    /// Sends the worker's logs, requests and dependencies to Application Insights when the app has a connection
    /// string for it; without one (local runs) nothing is registered and logs go through the host only.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The app's configuration.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddFunctionAppTelemetry(
        this IServiceCollection services,
        IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        if (string.IsNullOrWhiteSpace(configuration[ApplicationInsightsSetting]))
        {
            return services;
        }

        services.AddApplicationInsightsTelemetryWorkerService();
        services.ConfigureFunctionsApplicationInsights();
        services.Configure<LoggerFilterOptions>(options =>
        {
            var warningsOnly = options.Rules.FirstOrDefault(rule => rule.ProviderName == ApplicationInsightsProvider);
            if (warningsOnly is not null)
            {
                options.Rules.Remove(warningsOnly);
            }
        });
        return services;
    }
}
