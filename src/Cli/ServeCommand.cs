using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Logging;
using TruckFactor.LocalHost.Api;

namespace TruckFactor.Cli;

/// <summary><c>truckfactor serve</c>: the local host (sidecar, worker and HTTP API) until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var port = new Option<int>("--port")
        {
            Description = "Port of the HTTP API on 127.0.0.1.",
            DefaultValueFactory = _ => 7071,
        };
        var workerOnly = new Option<bool>("--worker-only")
        {
            Description = "Process the task hub's work without serving the API (add workers to a harvest).",
        };
        var settings = new Option<FileInfo?>("--settings") { Description = "A JSON settings file (see README)." };
        var command = new Command("serve", "Run the harvest service locally against Azure Storage or Azurite.")
        {
            port, workerOnly, settings,
        };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 65535)
            {
                result.AddError("--port must be from 1 to 65535.");
            }
        });
        command.SetAction(async (parse, token) =>
        {
            var overrides = new Dictionary<string, string?>
            {
                ["LocalHost:ApiPort"] = parse.GetValue(port).ToString(CultureInfo.InvariantCulture),
                ["LocalHost:ServeApi"] = parse.GetValue(workerOnly) ? "false" : "true",
            };
            return await RunAsync(overrides, parse.GetValue(settings), output, error, token).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(
        Dictionary<string, string?> overrides,
        FileInfo? settings,
        TextWriter output,
        TextWriter error,
        CancellationToken token)
    {
        try
        {
            await using var runtime = await LocalRuntime
                .StartAsync(overrides, settings, LogLevel.Information, error, token)
                .ConfigureAwait(false);
            var host = runtime.Host;
            if (host.ApiAddress is null)
            {
                await output.WriteLineAsync($"Worker running on {runtime.StorageDescription}. Ctrl+C stops it.")
                    .ConfigureAwait(false);
            }
            else
            {
                await output.WriteLineAsync(
                    $"Harvest API on {host.ApiAddress}/api/harvests, storage: {runtime.StorageDescription}.\n"
                    + $"Send the key in {LocalApiKey.FilePath} as the x-functions-key header. Ctrl+C stops it.")
                    .ConfigureAwait(false);
            }

            await output.FlushAsync(token).ConfigureAwait(false);
            await host.WaitForShutdownAsync(token).ConfigureAwait(false);
            return 0;
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            return 0;
        }
        catch (Exception ex) when (ex is Analysis.Errors.TruckFactorException or LocalHost.Azurite.AzuriteException
                                       or IOException or InvalidDataException or FormatException)
        {
            await error.WriteLineAsync("truckfactor serve: " + ex.Message).ConfigureAwait(false);
            return 1;
        }
    }
}
