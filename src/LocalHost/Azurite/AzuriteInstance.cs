using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace TruckFactor.LocalHost.Azurite;

/// <summary>
/// A running Azurite emulator on 127.0.0.1, as returned by <see cref="AzuriteLauncher.EnsureRunningAsync"/>.
/// Disposing it stops the emulator and its child processes, but only when this instance started it.
/// </summary>
public sealed class AzuriteInstance : IAsyncDisposable
{
    /// <summary>
    /// The storage key every Azurite and Azure Storage Emulator installation accepts for
    /// <c>devstoreaccount1</c>; it is published in Microsoft's emulator documentation and guards nothing.
    /// </summary>
    public const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>The account name Azurite serves.</summary>
    public const string DevelopmentAccountName = "devstoreaccount1";

    // A process that ignores the kill would otherwise hang disposal; Azurite exits well within this.
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    // Azurite closed its servers and saved its database in 34 ms when measured; the rest is headroom.
    private static readonly TimeSpan GracePeriod = TimeSpan.FromSeconds(5);

    private readonly Process? _process;
    private int _disposed;

    internal AzuriteInstance(int blobPort, int queuePort, int tablePort, Process? process)
    {
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
        _process = process;
        ConnectionString = BuildConnectionString(blobPort, queuePort, tablePort);
    }

    /// <summary>
    /// A full connection string for the development account with explicit blob, queue and table endpoints, so it
    /// works with any port (the <c>UseDevelopmentStorage=true</c> shortcut assumes 10000-10002).
    /// </summary>
    public string ConnectionString { get; }

    /// <summary>The blob service port on 127.0.0.1.</summary>
    public int BlobPort { get; }

    /// <summary>The queue service port on 127.0.0.1.</summary>
    public int QueuePort { get; }

    /// <summary>The table service port on 127.0.0.1.</summary>
    public int TablePort { get; }

    /// <summary>True when this instance started the emulator; false when one already listening was reused.</summary>
    public bool StartedHere => _process is not null;

    /// <summary>
    /// Stops the emulator and its child processes if this instance started it; otherwise does nothing.
    /// </summary>
    /// <returns>A task that completes when the emulator has exited or the stop timeout has passed.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_process is null || Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        try
        {
            if (!await StopGracefullyAsync(_process).ConfigureAwait(false))
            {
                _process.Kill(entireProcessTree: true);
                using var timeout = new CancellationTokenSource(StopTimeout);
                await _process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            }
        }
        catch (InvalidOperationException)
        {
            // The process exited between the check and the kill: nothing is left to stop.
        }
        catch (OperationCanceledException)
        {
            // The kill was sent; waiting longer would only delay the caller's own shutdown.
        }
        finally
        {
            _process.Dispose();
        }
    }

    /// <returns>True when the process has exited.</returns>
    private static async Task<bool> StopGracefullyAsync(Process process)
    {
        // Azurite writes its metadata database on SIGTERM; a kill loses what its last autosave missed, which
        // emptied a persistent data folder in a restart test. Windows has no SIGTERM, so there it is killed.
        if (process.HasExited)
        {
            return true;
        }

        if (OperatingSystem.IsWindows() || !NativeMethods.TrySignal(process.Id, NativeMethods.SigTerm))
        {
            return false;
        }

        using var grace = new CancellationTokenSource(GracePeriod);
        try
        {
            await process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    internal static string BuildConnectionString(int blobPort, int queuePort, int tablePort) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"DefaultEndpointsProtocol=http;AccountName={DevelopmentAccountName};"
            + $"AccountKey={DevelopmentAccountKey};"
            + $"BlobEndpoint=http://127.0.0.1:{blobPort}/{DevelopmentAccountName};"
            + $"QueueEndpoint=http://127.0.0.1:{queuePort}/{DevelopmentAccountName};"
            + $"TableEndpoint=http://127.0.0.1:{tablePort}/{DevelopmentAccountName};");

    private static class NativeMethods
    {
        // The same number on Linux and macOS.
        internal const int SigTerm = 15;

        internal static bool TrySignal(int pid, int signal)
        {
            try
            {
                return Kill(pid, signal) == 0;
            }
            catch (Exception error) when (error is DllNotFoundException or EntryPointNotFoundException)
            {
                // A C library the runtime cannot find by this name (some musl systems): fall back to killing.
                return false;
            }
        }

        [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        private static extern int Kill(int pid, int signal);
    }
}
