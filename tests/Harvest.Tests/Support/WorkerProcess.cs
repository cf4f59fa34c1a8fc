using System.Collections.Concurrent;
using System.Diagnostics;

namespace TruckFactor.Harvest.Tests.Support;

/// <summary>
/// A <c>truckfactor serve --worker-only</c> process on a test's task hub, its output collected line by line so a
/// test can wait for a log message and then kill it the hard way.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private WorkerProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, line) => Add(line.Data);
        _process.ErrorDataReceived += (_, line) => Add(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public IReadOnlyCollection<string> Lines => _lines;

    public int Id => _process.Id;

    public static WorkerProcess Start(TestHub hub, string home)
    {
        var appHost = Path.Combine(
            AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "truckfactor.exe" : "truckfactor");
        var start = new ProcessStartInfo(appHost)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("serve");
        start.ArgumentList.Add("--worker-only");
        start.Environment["HOME"] = home;
        start.Environment["TRUCKFACTOR_HOME"] = home;
        start.Environment["AzureWebJobsStorage"] = hub.ConnectionString;
        foreach (var (key, value) in hub.Settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return new WorkerProcess(Process.Start(start)!);
    }

    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var found = _lines.FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            if (_process.HasExited)
            {
                break;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException(
            $"The worker (exited: {_process.HasExited}) did not log the line awaited. Its output:\n"
            + string.Join('\n', _lines));
    }

    /// <summary>SIGKILL: no shutdown code runs, as when a machine or pod dies.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Add(string? line)
    {
        if (line is not null)
        {
            _lines.Enqueue(line);
        }
    }
}
