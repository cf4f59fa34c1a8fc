using System.Diagnostics;
using System.Text.Json;

namespace TruckFactor.Bench;

/// <summary>Runs this tool again as a child process for one measurement and reads what it reports.</summary>
internal static class ChildRun
{
    public static Process Start(params string[] arguments)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("The bench cannot find itself.");
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ChildRun).Assembly.Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("The bench could not start itself.");
    }

    /// <summary>Runs one child; returns its report and the wall-clock seconds of the whole process.</summary>
    public static (Measurement Result, double WallSeconds) Run(params string[] arguments)
    {
        var stopwatch = Stopwatch.StartNew();
        using var child = Start(arguments);
        var result = Read(child);
        return (result, stopwatch.Elapsed.TotalSeconds);
    }

    public static Measurement Read(Process child)
    {
        Measurement? result = null;
        while (child.StandardOutput.ReadLine() is { } line)
        {
            if (line.StartsWith(ChildCommands.Marker, StringComparison.Ordinal))
            {
                result = JsonSerializer.Deserialize<Measurement>(line[ChildCommands.Marker.Length..]);
            }
        }

        child.WaitForExit();
        return child.ExitCode == 0 && result is not null
            ? result
            : throw new InvalidOperationException($"A measurement failed (exit {child.ExitCode}).");
    }
}
