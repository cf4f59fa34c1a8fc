using System.Text.Json;
using System.Text.Json.Nodes;

namespace TruckFactor.Harvest.Tests.Support;

/// <summary>One tab of <see cref="HeadlessChromium"/>: scripts to read the DOM, screenshots, what went wrong.</summary>
internal sealed class BrowserPage
{
    private readonly DevToolsConnection _connection;
    private readonly string _session;

    public BrowserPage(DevToolsConnection connection, string session)
    {
        _connection = connection;
        _session = session;
    }

    /// <summary>Evaluates a script in the page and returns its value, which must be JSON.</summary>
    /// <exception cref="InvalidOperationException">The script threw.</exception>
    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        var answer = await _connection.SendAsync(
            "Runtime.evaluate",
            new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true },
            _session);
        if (answer["exceptionDetails"] is { } exception)
        {
            throw new InvalidOperationException($"The page script failed: {exception.ToJsonString()}");
        }

        var value = answer["result"]?["value"];
        return JsonSerializer.SerializeToElement(value);
    }

    /// <summary>Saves a PNG of the viewport, or of the whole page.</summary>
    public async Task ScreenshotAsync(string path, bool fullPage = false)
    {
        var parameters = new JsonObject { ["format"] = "png" };
        if (fullPage)
        {
            var metrics = await _connection.SendAsync("Page.getLayoutMetrics", null, _session);
            var size = metrics["cssContentSize"]!;
            parameters["captureBeyondViewport"] = true;
            parameters["clip"] = new JsonObject
            {
                ["x"] = 0,
                ["y"] = 0,
                ["width"] = size["width"]!.GetValue<double>(),
                ["height"] = size["height"]!.GetValue<double>(),
                ["scale"] = 1,
            };
        }

        var shot = await _connection.SendAsync("Page.captureScreenshot", parameters, _session);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(shot["data"]!.GetValue<string>()));
    }

    /// <summary>
    /// Console errors and failed assertions, uncaught exceptions, browser log errors (such as a blocked fetch or a
    /// Content-Security-Policy violation) and JavaScript dialogs, each as one line.
    /// </summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        foreach (var message in _connection.Events(_session))
        {
            var parameters = message["params"];
            var type = parameters?["type"]?.GetValue<string>();
            var level = parameters?["entry"]?["level"]?.GetValue<string>();
            switch (message["method"]?.GetValue<string>())
            {
                case "Runtime.consoleAPICalled" when type is "error" or "assert":
                    problems.Add("console: " + parameters?["args"]?.ToJsonString());
                    break;
                case "Runtime.exceptionThrown":
                    problems.Add("exception: " + parameters?["exceptionDetails"]?.ToJsonString());
                    break;
                case "Log.entryAdded" when level == "error":
                    problems.Add("log: " + parameters?["entry"]?["text"]?.GetValue<string>());
                    break;
                case "Page.javascriptDialogOpening":
                    problems.Add("dialog: " + parameters?["message"]?.GetValue<string>());
                    break;
            }
        }

        return problems;
    }

    /// <summary>Every URL the page asked the network stack for, the page's own included.</summary>
    public IReadOnlyList<string> RequestedUrls() =>
    [
        .. _connection.Events(_session)
            .Where(message => message["method"]?.GetValue<string>() == "Network.requestWillBeSent")
            .Select(message => message["params"]!["request"]!["url"]!.GetValue<string>()),
    ];
}
