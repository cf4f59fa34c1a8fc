using Microsoft.Extensions.Hosting;

namespace TruckFactor.LocalHost;

/// <summary>
/// A host lifetime that ignores Ctrl+C and SIGTERM: the code that started the host stops it. Used by hosts
/// embedded in a command (the sidecar, the host of <c>truckfactor harvest</c>), where the console lifetime would
/// hold the signal and keep the process alive until every running activity ends.
/// </summary>
internal sealed class ManualLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
