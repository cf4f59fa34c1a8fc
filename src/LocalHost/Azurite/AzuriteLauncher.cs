using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace TruckFactor.LocalHost.Azurite;

/// <summary>
/// Finds, installs on first use (through npm) and starts the Azurite storage emulator on 127.0.0.1, or reuses one
/// that already listens on the requested ports.
/// </summary>
public static class AzuriteLauncher
{
    private const int TailLineCount = 20;

    // Azurite opened its three ports within about two seconds here; polling more often only burns connections.
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Returns a running emulator: the one already listening when all three ports are fixed and accept
    /// connections, otherwise a new child process, installed with npm first if it is not there yet.
    /// </summary>
    /// <param name="options">Install folder, data folder, ports and timeouts.</param>
    /// <param name="progress">Receives one line per slow step (the npm install); null for silence.</param>
    /// <param name="ct">Cancels the install or the start; a half-started emulator is stopped.</param>
    /// <returns>The emulator; dispose it to stop the emulator if it was started here.</returns>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    /// <exception cref="AzuriteException">
    /// Node.js or npm is missing, the install failed or timed out, a fixed port is held by another program, or the
    /// emulator did not open its ports in time.
    /// </exception>
    public static async Task<AzuriteInstance> EnsureRunningAsync(
        AzuriteOptions options,
        TextWriter? progress,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        int[] requested = [options.BlobPort, options.QueuePort, options.TablePort];
        if (options.HasFixedPorts && await LoopbackPorts.AllAcceptAsync(requested, ct).ConfigureAwait(false))
        {
            return new AzuriteInstance(requested[0], requested[1], requested[2], process: null);
        }

        var executable = await AzuriteInstaller.FindOrInstallAsync(options, progress, ct).ConfigureAwait(false);
        var ports = await LoopbackPorts.ChooseAsync(requested, ct).ConfigureAwait(false);
        return await StartAsync(executable, ports, options, ct).ConfigureAwait(false);
    }

    private static async Task<AzuriteInstance> StartAsync(
        string executable,
        int[] ports,
        AzuriteOptions options,
        CancellationToken ct)
    {
        // In memory Azurite wrote nothing to its working folder when checked, so the data folder is not created.
        var workingDirectory = options.InMemoryPersistence ? Path.GetTempPath() : options.DataDirectory;
        Directory.CreateDirectory(workingDirectory);
        var start = AzuriteInstaller.NodeStartInfo(executable, AzuriteArguments(ports, options), options);
        start.WorkingDirectory = workingDirectory;
        var process = new Process { StartInfo = start };
        var tail = new Queue<string>();
        process.OutputDataReceived += (_, e) => Remember(tail, e.Data);
        process.ErrorDataReceived += (_, e) => Remember(tail, e.Data);
        try
        {
            StartOrExplain(process, options.InstallDirectory);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            await WaitForPortsAsync(process, ports, options.StartTimeout, tail, ct).ConfigureAwait(false);
            return new AzuriteInstance(ports[0], ports[1], ports[2], process);
        }
        catch
        {
            StopQuietly(process);
            throw;
        }
    }

    private static void StartOrExplain(Process process, string installDirectory)
    {
        try
        {
            process.Start();
        }
        catch (Win32Exception error)
        {
            throw new AzuriteException(
                $"Could not run Azurite ({process.StartInfo.FileName}): {error.Message}. Check that it is an "
                + $"executable; if it is the npm-installed copy, delete {installDirectory} to reinstall it.",
                error);
        }
    }

    private static List<string> AzuriteArguments(int[] ports, AzuriteOptions options)
    {
        var loopback = IPAddress.Loopback.ToString();
        List<string> arguments =
        [
            "--blobHost", loopback, "--blobPort", ports[0].ToString(CultureInfo.InvariantCulture),
            "--queueHost", loopback, "--queuePort", ports[1].ToString(CultureInfo.InvariantCulture),
            "--tableHost", loopback, "--tablePort", ports[2].ToString(CultureInfo.InvariantCulture),
            // Current Azure SDKs send API versions newer than Azurite knows; without the skip it refuses them.
            "--disableTelemetry", "--skipApiVersionCheck", "--silent",
        ];
        arguments.AddRange(options.InMemoryPersistence
            ? ["--inMemoryPersistence"]
            : ["--location", options.DataDirectory]);
        return arguments;
    }

    private static async Task WaitForPortsAsync(
        Process process,
        int[] ports,
        TimeSpan startTimeout,
        Queue<string> tail,
        CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        while (!await LoopbackPorts.AllAcceptAsync(ports, ct).ConfigureAwait(false))
        {
            if (process.HasExited)
            {
                // Lets the output handlers drain, so the message quotes the exiting process's last words.
                await process.WaitForExitAsync(ct).ConfigureAwait(false);
                throw new AzuriteException(
                    $"Azurite ({process.StartInfo.FileName}) exited with code {process.ExitCode} before it listened on "
                    + $"ports {string.Join(", ", ports)}. Its last output:{Environment.NewLine}{Snapshot(tail)}");
            }

            if (clock.Elapsed > startTimeout)
            {
                throw new AzuriteException(
                    $"Azurite did not listen on ports {string.Join(", ", ports)} within {startTimeout}; raise "
                    + $"{nameof(AzuriteOptions.StartTimeout)} if the machine is slow. Its last output:"
                    + $"{Environment.NewLine}{Snapshot(tail)}");
            }

            await Task.Delay(PollInterval, ct).ConfigureAwait(false);
        }
    }

    private static void Remember(Queue<string> tail, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (tail)
        {
            tail.Enqueue(line);
            if (tail.Count > TailLineCount)
            {
                tail.Dequeue();
            }
        }
    }

    private static string Snapshot(Queue<string> tail)
    {
        lock (tail)
        {
            return tail.Count == 0 ? "(no output)" : string.Join(Environment.NewLine, tail);
        }
    }

    private static void StopQuietly(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Never started, or already exited: there is nothing to stop.
        }

        process.Dispose();
    }
}
