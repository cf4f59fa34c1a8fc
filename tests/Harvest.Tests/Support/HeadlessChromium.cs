using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace TruckFactor.Harvest.Tests.Support;

/// <summary>
/// Debian's chromium, started headless for one test and driven over the DevTools protocol on 127.0.0.1 (no
/// browser package from NuGet). Its background services are switched off and every host name resolves to
/// nothing, so it reaches no other machine whatever a page asks for.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    public const string ExecutableVariable = "CHROMIUM";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome"];

    private readonly Process _process;
    private readonly string _profile;

    private HeadlessChromium(Process process, string profile, DevToolsConnection connection)
    {
        _process = process;
        _profile = profile;
        Connection = connection;
    }

    public DevToolsConnection Connection { get; }

    /// <exception cref="InvalidOperationException">Chromium is not installed, or did not start.</exception>
    public static async Task<HeadlessChromium> StartAsync()
    {
        var executable = Find() ?? throw new InvalidOperationException(
            "Chromium is not installed, and the report tests open the pages in headless Chromium. Install it "
            + $"(Debian: apt-get install -y chromium) or set {ExecutableVariable} to the browser's path.");
        var profile = Directory.CreateTempSubdirectory("tf-chromium-").FullName;
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments =
        [
            "--headless=new", "--disable-gpu", "--no-sandbox", "--hide-scrollbars", "--mute-audio",
            "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "--user-data-dir=" + profile,
            "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions",
            "--no-pings", "--disable-domain-reliability", "--host-resolver-rules=MAP * ~NOTFOUND", "about:blank",
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var address = await DevToolsAddressAsync(profile, process);
            return new HeadlessChromium(process, profile, await DevToolsConnection.ConnectAsync(address));
        }
        catch
        {
            Stop(process, profile);
            throw;
        }
    }

    /// <summary>Opens <paramref name="url"/> in a new tab of the given size and waits for its load event.</summary>
    public async Task<BrowserPage> OpenAsync(string url, int width, int height)
    {
        var target = await Connection.SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" });
        var attached = await Connection.SendAsync(
            "Target.attachToTarget",
            new JsonObject { ["targetId"] = target["targetId"]!.GetValue<string>(), ["flatten"] = true });
        var session = attached["sessionId"]!.GetValue<string>();
        foreach (var domain in new[] { "Runtime", "Log", "Page", "Network" })
        {
            await Connection.SendAsync(domain + ".enable", null, session);
        }

        await Connection.SendAsync(
            "Emulation.setDeviceMetricsOverride",
            new JsonObject { ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = false },
            session);
        var navigation = await Connection.SendAsync("Page.navigate", new JsonObject { ["url"] = url }, session);
        if (navigation["errorText"] is { } error)
        {
            throw new InvalidOperationException($"Chromium could not open {url}: {error}");
        }

        await Connection.WaitForEventAsync("Page.loadEventFired", session, StartTimeout);
        return new BrowserPage(Connection, session);
    }

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        Stop(_process, _profile);
    }

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable(ExecutableVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator);
        return Names
            .SelectMany(name => folders.Select(folder => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
    }

    private static async Task<Uri> DevToolsAddressAsync(string profile, Process process)
    {
        // Chromium writes the port it chose, and the browser's WebSocket path, once it listens.
        var file = Path.Combine(profile, "DevToolsActivePort");
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            var lines = File.Exists(file) ? await File.ReadAllLinesAsync(file) : [];
            if (lines.Length >= 2
                && int.TryParse(lines[0], NumberStyles.None, CultureInfo.InvariantCulture, out var port))
            {
                return new Uri($"ws://127.0.0.1:{port}{lines[1]}");
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException(
            $"Chromium did not open its DevTools port within {StartTimeout} (exited: {process.HasExited}).");
    }

    private static void Stop(Process process, string profile)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process.Dispose();
        for (var attempt = 0; attempt < 5 && Directory.Exists(profile); attempt++)
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // A child process may still be closing a file of the profile; try again shortly.
                Thread.Sleep(200);
            }
        }
    }
}
