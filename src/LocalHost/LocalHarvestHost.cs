using System.Net;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TruckFactor.Harvest;
using TruckFactor.LocalHost.Api;
using TruckFactor.LocalHost.Logging;
using TruckFactor.LocalHost.Options;
using TruckFactor.LocalHost.Sidecar;

namespace TruckFactor.LocalHost;

/// <summary>
/// The harvest without the Functions host: a gRPC sidecar over the Azure Storage task hub, a Durable Task worker
/// running the same orchestrator and activity classes as the Functions app, and (unless worker-only) the HTTP API
/// on 127.0.0.1. Several local hosts on the same storage account and task hub share the work.
/// </summary>
public sealed class LocalHarvestHost : IAsyncDisposable
{
    private readonly SidecarServer _sidecar;
    private readonly IHost _host;
    private readonly GrpcChannel _channel;

    private LocalHarvestHost(SidecarServer sidecar, IHost host, GrpcChannel channel, string? apiAddress)
    {
        _sidecar = sidecar;
        _host = host;
        _channel = channel;
        ApiAddress = apiAddress;
    }

    /// <summary>The API's base address (http://127.0.0.1:port), or null for a worker-only host.</summary>
    public string? ApiAddress { get; }

    /// <summary>The host's services: the durable client, the store, the API.</summary>
    public IServiceProvider Services => _host.Services;

    /// <summary>The durable client connected to this host's sidecar.</summary>
    public DurableTaskClient Client => _host.Services.GetRequiredService<DurableTaskClient>();

    /// <summary>Starts the sidecar, the worker and the API.</summary>
    /// <param name="configuration">Configuration with the Harvest, Harvest:Access and LocalHost sections.</param>
    /// <param name="storageConnectionString">The storage account of the task hub and the results.</param>
    /// <param name="configureLogging">Where logs go; the default is the console.</param>
    /// <param name="cancellationToken">Stops the start.</param>
    /// <returns>The running host.</returns>
    public static async Task<LocalHarvestHost> StartAsync(
        IConfiguration configuration,
        string storageConnectionString,
        Action<ILoggingBuilder>? configureLogging,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrEmpty(storageConnectionString);

        CheckConnectionString(storageConnectionString);
        var options = new LocalHostOptions();
        configuration.GetSection(LocalHostOptions.Section).Bind(options);
        var workerId = $"{Dns.GetHostName()}-{Environment.ProcessId}";
        var loggerFactory = LoggerFactory.Create(logging => (configureLogging ?? DefaultLogging)(logging));

        var sidecar = await SidecarServer.StartAsync(
            storageConnectionString, options, workerId, loggerFactory, cancellationToken).ConfigureAwait(false);
        var channel = GrpcChannel.ForAddress(
            sidecar.Address,
            new GrpcChannelOptions
            {
                MaxReceiveMessageSize = GrpcLimits.MaxMessageBytes,
                MaxSendMessageSize = GrpcLimits.MaxMessageBytes,
            });
        var apiKey = options.ServeApi ? options.ApiKey is { Length: > 0 } key ? key : LocalApiKey.ReadOrCreate() : null;
        var host = Build(configuration, storageConnectionString, options, channel, loggerFactory, apiKey);
        await host.StartAsync(cancellationToken).ConfigureAwait(false);

        var logger = loggerFactory.CreateLogger("TruckFactor.LocalHost");
        logger.WorkerStarted(workerId, options.EffectiveMaxConcurrentActivities);
        string? apiAddress = null;
        if (options.ServeApi)
        {
            apiAddress = $"http://127.0.0.1:{((WebApplication)host).Urls.Select(url => new Uri(url).Port).First()}";
            logger.ApiStarted(apiAddress);
        }

        return new LocalHarvestHost(sidecar, host, channel, apiAddress);
    }

    /// <summary>Waits until the host is asked to stop (Ctrl+C or SIGTERM).</summary>
    /// <param name="cancellationToken">Stops the wait.</param>
    /// <returns>A task that completes when shutdown starts.</returns>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken) =>
        _host.WaitForShutdownAsync(cancellationToken);

    /// <summary>Stops the worker and the API, then the sidecar, releasing the task hub's leases.</summary>
    /// <returns>A task that completes when everything is stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15)))
        {
            await _host.StopAsync(timeout.Token).ConfigureAwait(false);
        }

        _host.Dispose();
        await _channel.ShutdownAsync().ConfigureAwait(false);
        _channel.Dispose();
        await _sidecar.DisposeAsync().ConfigureAwait(false);
    }

    private static IHost Build(
        IConfiguration configuration,
        string storageConnectionString,
        LocalHostOptions options,
        GrpcChannel channel,
        ILoggerFactory loggerFactory,
        string? apiKey)
    {
        if (apiKey is null)
        {
            var worker = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
            AddServices(worker.Services, configuration, storageConnectionString, options, channel, loggerFactory);
            return worker.Build();
        }

        var web = WebApplication.CreateSlimBuilder();
        web.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.ApiPort));
        AddServices(web.Services, configuration, storageConnectionString, options, channel, loggerFactory);
        var app = web.Build();
        app.MapHarvestApi(apiKey);
        return app;
    }

    private static void AddServices(
        IServiceCollection services,
        IConfiguration configuration,
        string storageConnectionString,
        LocalHostOptions options,
        GrpcChannel channel,
        ILoggerFactory loggerFactory)
    {
        services.AddSingleton(loggerFactory);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        if (!options.HandleSignals)
        {
            services.AddSingleton<IHostLifetime, ManualLifetime>();
        }

        services.AddHarvest(configuration, storageConnectionString);
        services.AddDurableTaskWorker(builder =>
        {
            builder.UseGrpc(channel);
            builder.AddTasks(registry => registry.AddHarvestTasks());
            builder.Configure(worker =>
            {
                worker.Concurrency.MaximumConcurrentActivityWorkItems = options.EffectiveMaxConcurrentActivities;
                worker.Concurrency.MaximumConcurrentOrchestrationWorkItems = options.MaxConcurrentOrchestrations;
            });
        });
        services.AddDurableTaskClient(builder =>
        {
            builder.UseGrpc(channel);
            builder.RegisterDirectly();
        });
    }

    private static void CheckConnectionString(string connectionString)
    {
        try
        {
            _ = new Azure.Storage.Blobs.BlobServiceClient(connectionString);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            // The SDK's own message quotes nothing useful and the string holds a key, so neither is shown.
            throw new Analysis.Errors.TruckFactorException(
                "AzureWebJobsStorage is not a storage connection string (" + ex.GetType().Name + "). Give "
                + "'DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…;EndpointSuffix=core.windows.net', "
                + "or leave it unset to use Azurite on this machine.",
                ex);
        }
    }

    private static void DefaultLogging(ILoggingBuilder logging)
    {
        logging.AddSimpleConsole(console => console.SingleLine = true);
        logging.SetMinimumLevel(LogLevel.Information);
        logging.AddFilter("DurableTask", LogLevel.Warning);
        logging.AddFilter("Microsoft", LogLevel.Warning);
        logging.AddFilter("Grpc", LogLevel.Warning);
    }
}
