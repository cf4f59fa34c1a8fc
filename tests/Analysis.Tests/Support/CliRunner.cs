using System.Diagnostics;

namespace TruckFactor.Analysis.Tests.Support;

/// <summary>
/// Runs the built <c>truckfactor</c> executable as a separate process. The test project references the Cli
/// project, so the executable and its dependencies are copied next to the test assembly.
/// </summary>
internal static class CliRunner
{
    public static ProcessResult Run(string home, params string[] arguments)
    {
        var folder = AppContext.BaseDirectory;
        var appHost = Path.Combine(folder, OperatingSystem.IsWindows() ? "truckfactor.exe" : "truckfactor");
        var start = File.Exists(appHost)
            ? new ProcessStartInfo(appHost)
            : new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet");
        if (!File.Exists(appHost))
        {
            start.ArgumentList.Add(Path.Combine(folder, "truckfactor.dll"));
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Keep the tool's cache and any per-user state inside the fixture's folder.
        start.Environment["HOME"] = home;
        start.Environment["TRUCKFACTOR_CACHE"] = Path.Combine(home, "cache");
        return ChildProcess.Run(start);
    }
}
