using System.CommandLine;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using TruckFactor.Analysis.Errors;
using TruckFactor.LocalHost.Api;
using TruckFactor.LocalHost.Azurite;

namespace TruckFactor.Cli;

/// <summary>
/// <c>truckfactor harvest list.txt</c>: submits the repositories to a harvest API (a local host started here unless
/// --server names one), shows progress, waits, and prints the truck factors.
/// </summary>
internal static class HarvestCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var list = new Argument<FileInfo>("list-file")
        {
            Description = "Repositories, one URL or local path per line; # starts a comment.",
        };
        var profile = new Option<string>("--profile")
        {
            Description = "default or reference.",
            DefaultValueFactory = _ => "default",
        };
        var batchSize = new Option<int?>("--batch-size") { Description = "Repositories per mining activity." };
        var server = new Option<string?>("--server")
        {
            Description = "A running harvest API (e.g. http://127.0.0.1:7071 or a Functions app URL).",
        };
        var apiKey = new Option<string?>("--api-key")
        {
            Description = "The API's key (default: TRUCKFACTOR_API_KEY, then the local key file).",
        };
        var format = new Option<string>("--format")
        {
            Description = "table, json or csv.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var file = new Option<FileInfo?>("--output") { Description = "Write the results to this file." };
        var settings = new Option<FileInfo?>("--settings") { Description = "A JSON settings file (see README)." };
        var command = new Command("harvest", "Mine many repositories and compute each one's truck factor.")
        {
            list, profile, batchSize, server, apiKey, format, file, settings,
        };
        command.SetAction(async (parse, token) =>
        {
            var request = new HarvestRequestOptions(
                parse.GetValue(list)!, parse.GetValue(profile)!, parse.GetValue(batchSize), parse.GetValue(server),
                parse.GetValue(apiKey), parse.GetValue(format)!, parse.GetValue(file), parse.GetValue(settings));
            return await RunAsync(request, output, error, token).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(
        HarvestRequestOptions request,
        TextWriter output,
        TextWriter error,
        CancellationToken token)
    {
        try
        {
            var repositories = await ReadListAsync(request.ListFile, token).ConfigureAwait(false);
            LocalRuntime? runtime = null;
            if (request.Server is null)
            {
                await error.WriteLineAsync("Starting the local harvest host…").ConfigureAwait(false);
                var overrides = new Dictionary<string, string?> { ["LocalHost:ApiPort"] = "0" };
                runtime = await LocalRuntime.StartAsync(overrides, request.Settings, LogLevel.Warning, error, token)
                    .ConfigureAwait(false);
            }

            await using (runtime)
            {
                var baseUrl = request.Server ?? runtime!.Host.ApiAddress!;
                var key = request.ApiKey ?? Environment.GetEnvironmentVariable("TRUCKFACTOR_API_KEY")
                    ?? LocalApiKey.Read();
                using var client = new HarvestClient(baseUrl, key);
                var started = DateTime.UtcNow;
                var id = await client.StartAsync(repositories, request.Profile, request.BatchSize, error, token)
                    .ConfigureAwait(false);
                await error.WriteLineAsync($"Harvest {id}: {repositories.Count} repositories.").ConfigureAwait(false);
                var status = await WaitAsync(client, id, error, token).ConfigureAwait(false);
                if (status["runtimeStatus"]?.GetValue<string>() != "Completed")
                {
                    throw new TruckFactorException(
                        $"Harvest {id} ended {status["runtimeStatus"]}: {status["failure"]}");
                }

                await ReportAsync(client, id, request, output, error, token).ConfigureAwait(false);
                var where = runtime?.StorageDescription ?? baseUrl;
                await error.WriteLineAsync(
                    $"Done in {(DateTime.UtcNow - started).TotalSeconds:0.0} s. Results are kept in {where}, "
                    + $"blob container 'truckfactor', harvests/{id}/.").ConfigureAwait(false);
                return 0;
            }
        }
        catch (Exception ex) when (ex is TruckFactorException or AzuriteException or HttpRequestException)
        {
            await error.WriteLineAsync("truckfactor harvest: " + ex.Message).ConfigureAwait(false);
            return 1;
        }
    }

    private static async Task<JsonNode> WaitAsync(
        HarvestClient client,
        string id,
        TextWriter error,
        CancellationToken token)
    {
        string? last = null;
        while (true)
        {
            var status = await client.StatusAsync(id, token).ConfigureAwait(false);
            var runtimeStatus = status["runtimeStatus"]?.GetValue<string>();
            var progress = status["progress"];
            var line = progress is null
                ? $"{runtimeStatus}"
                : $"{status["phase"]}: {progress["done"]}/{progress["total"]} repositories mined"
                  + $" ({progress["failed"]} failed), batch {progress["batchesDone"]}/{progress["batchCount"]}";
            if (line != last)
            {
                await error.WriteLineAsync(line).ConfigureAwait(false);
                last = line;
            }

            if (runtimeStatus is "Completed" or "Failed" or "Terminated")
            {
                return status;
            }

            await Task.Delay(TimeSpan.FromSeconds(1), token).ConfigureAwait(false);
        }
    }

    private static async Task ReportAsync(
        HarvestClient client,
        string id,
        HarvestRequestOptions request,
        TextWriter output,
        TextWriter error,
        CancellationToken token)
    {
        var json = await client.ResultsAsync(id, csv: false, token).ConfigureAwait(false);
        var text = request.Format switch
        {
            "json" => json,
            "csv" => await client.ResultsAsync(id, csv: true, token).ConfigureAwait(false),
            _ => HarvestTable.Format(JsonNode.Parse(json)!),
        };
        if (request.Output is null)
        {
            await output.WriteAsync(text).ConfigureAwait(false);
            return;
        }

        await File.WriteAllTextAsync(request.Output.FullName, text, token).ConfigureAwait(false);
        await error.WriteLineAsync($"Wrote {request.Output.FullName}").ConfigureAwait(false);
    }

    private static async Task<List<string>> ReadListAsync(FileInfo file, CancellationToken token)
    {
        if (!file.Exists)
        {
            throw new TruckFactorException(
                $"The list file '{file.FullName}' does not exist. Give a text file with one repository per line.");
        }

        var lines = await File.ReadAllLinesAsync(file.FullName, token).ConfigureAwait(false);
        var repositories = lines.Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();
        return repositories.Count > 0
            ? repositories
            : throw new TruckFactorException(
                $"The list file '{file.FullName}' names no repositories. Write one URL or local path per line.");
    }
}
