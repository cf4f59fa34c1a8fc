using DurableTask.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TruckFactor.LocalHost.Logging;
using TruckFactor.LocalHost.Options;

namespace TruckFactor.LocalHost.Sidecar;

/// <summary>
/// The Durable Task gRPC sidecar on 127.0.0.1, dispatching work from the Azure Storage task hub to the worker that
/// connects to it: the same queues and tables the Functions host uses, without the Functions host.
/// </summary>
internal sealed class SidecarServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly IOrchestrationService _service;

    private SidecarServer(WebApplication app, IOrchestrationService service, string address)
    {
        _app = app;
        _service = service;
        Address = address;
    }

    /// <summary>The sidecar's http://127.0.0.1:port address.</summary>
    public string Address { get; }

    public static async Task<SidecarServer> StartAsync(
        string connectionString,
        LocalHostOptions options,
        string workerId,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        var service = OrchestrationServiceFactory.Create(connectionString, options, workerId, loggerFactory);
        await service.CreateIfNotExistsAsync().ConfigureAwait(false);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggerFactory);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(
            System.Net.IPAddress.Loopback,
            options.SidecarPort,
            listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc(grpc =>
        {
            grpc.MaxReceiveMessageSize = GrpcLimits.MaxMessageBytes;
            grpc.MaxSendMessageSize = GrpcLimits.MaxMessageBytes;
        });

        // The process's signals belong to the host that owns this sidecar; it stops the sidecar itself.
        builder.Services.AddSingleton<IHostLifetime, ManualLifetime>();
        var logger = loggerFactory.CreateLogger("TruckFactor.LocalHost.Sidecar");
        var guarded = new CancellationSafeOrchestrationService(
            service,
            options.EffectiveMaxConcurrentActivities,
            options.MaxConcurrentOrchestrations,
            options.WorkItemVisibilityTimeout,
            logger);
        builder.Services.AddSingleton<IOrchestrationService>(guarded);
        builder.Services.AddSingleton<IOrchestrationServiceClient>(service);
        builder.Services.AddSingleton<TaskHubGrpcServer>();

        var app = builder.Build();
        app.MapGrpcService<TaskHubGrpcServer>();
        await app.StartAsync(cancellationToken).ConfigureAwait(false);

        var address = app.Urls.First();
        logger.SidecarStarted(options.TaskHub, address);
        return new SidecarServer(app, guarded, address);
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);

        // Stopping the application began stopping the task hub's service; wait until its partition leases are
        // released, so another worker takes over at once instead of after the lease interval.
        await _service.StopAsync(isForced: true).WaitAsync(timeout.Token).ConfigureAwait(false);
    }
}
