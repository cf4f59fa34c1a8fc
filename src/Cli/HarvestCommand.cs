using System.CommandLine;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using TruckFactor.Analysis.Errors;
using TruckFactor.Analysis.Mining;
using TruckFactor.Harvest.Discovery;
using TruckFactor.Harvest.Models;
using TruckFactor.LocalHost.Api;
using TruckFactor.LocalHost.Azurite;

namespace TruckFactor.Cli;

/// <summary>
/// <c>truckfactor harvest list.txt</c> or <c>truckfactor harvest --discover QUERY --limit N</c>: submits the
/// repositories, or the question that finds them on GitHub, to a harvest API (a local host started here unless
/// --server names one), shows progress, waits, and prints the truck factors.
/// </summary>
internal static class HarvestCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var list = new Argument<FileInfo?>("list-file")
        {
            Description = "Repositories, one URL or local path per line; # starts a comment (optional with "
                + "--discover, --org, --user or --topic).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var discovery = new HarvestDiscoveryOptions();
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
            Description = "table, json, csv, or html (a report folder; needs --output).",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json", "csv", "html");
        var file = new Option<FileInfo?>("--output")
        {
            Description = "Write the results to this file (for html: a folder, or a .html file).",
        };
        var settings = new Option<FileInfo?>("--settings") { Description = "A JSON settings file (see README)." };
        var command = new Command("harvest", "Mine many repositories and compute each one's truck factor.")
        {
            list, profile, batchSize, server, apiKey, format, file, settings,
        };
        foreach (var option in discovery.All)
        {
            command.Options.Add(option);
        }

        var selection = new FileSelectionOptions();
        selection.AddTo(command);

        command.SetAction(async (parse, token) =>
        {
            DiscoveryQuery? discover;
            AnalysisChoices analysis;
            try
            {
                discover = discovery.Read(parse);
                analysis = selection.Read(parse);
            }
            catch (Exception ex) when (ex is TruckFactorException or ArgumentException)
            {
                return await CliErrors.ReportAsync(error, ex).ConfigureAwait(false);
            }

            var request = new HarvestRequestOptions(
                parse.GetValue(list), parse.GetValue(profile)!, parse.GetValue(batchSize), parse.GetValue(server),
                parse.GetValue(apiKey), parse.GetValue(format)!, parse.GetValue(file), parse.GetValue(settings),
                discover,
                analysis);
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
            if (request.Format == "html" && request.Output is null)
            {
                throw new TruckFactorException(
                    "--format html writes a folder of pages: give --output FOLDER (or --output FILE.html).");
            }

            CheckOptions(request);
            var repositories = request.ListFile is { } listFile
                ? await ReadListAsync(listFile, token).ConfigureAwait(false)
                : [];
            LocalRuntime? runtime = null;
            if (request.Server is null)
            {
                await error.WriteLineAsync("Starting the local harvest host…").ConfigureAwait(false);
                var overrides = new Dictionary<string, string?>
                {
                    ["LocalHost:ApiPort"] = "0",
                    ["LocalHost:HandleSignals"] = "false",
                };
                runtime = await LocalRuntime.StartAsync(overrides, request.Settings, LogLevel.Warning, error, token)
                    .ConfigureAwait(false);
            }

            await using (runtime)
            {
                var baseUrl = request.Server ?? runtime!.Host.ApiAddress!;
                var key = ApiKeyFor(request);
                using var client = new HarvestClient(baseUrl, key);
                var started = DateTime.UtcNow;
                var discover = request.Discover is { } query ? HarvestDiscoveryOptions.Block(query) : null;
                var id = await client
                    .StartAsync(
                        repositories, discover, request.Analysis, request.Profile, request.BatchSize, error, token)
                    .ConfigureAwait(false);
                var count = repositories.Count == 1 ? "1 repository" : $"{repositories.Count} repositories";
                var asked = request.Discover is { } found
                    ? $"{(repositories.Count > 0 ? count + " and " : string.Empty)}up to {found.Limit} to discover"
                    : count;
                await error.WriteLineAsync($"Harvest {id}: {asked}.").ConfigureAwait(false);
                var status = await WaitAsync(client, id, error, token).ConfigureAwait(false);
                if (status["runtimeStatus"]?.GetValue<string>() != "Completed")
                {
                    throw new TruckFactorException(
                        $"Harvest {id} ended {status["runtimeStatus"]}: {status["failure"]}");
                }

                await ReportAsync(client, id, request, output, error, token).ConfigureAwait(false);
                var where = runtime is null
                    ? $"the server's storage; fetch them again from {baseUrl}/api/harvests/{id}/results"
                    : $"{runtime.StorageDescription}, blob container 'truckfactor', harvests/{id}/";
                await error.WriteLineAsync(
                    $"Done in {(DateTime.UtcNow - started).TotalSeconds:0.0} s. Results are kept in {where}.")
                    .ConfigureAwait(false);
                return 0;
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            await error.WriteLineAsync(
                "truckfactor harvest: interrupted. A harvest already submitted goes on on any worker of the task hub "
                + "(truckfactor serve, or the next harvest), and its results are kept.").ConfigureAwait(false);
            return 130;
        }
        catch (Exception ex) when (ex is TruckFactorException or AzuriteException or HttpRequestException
                                       or InvalidDataException or FormatException or IOException
                                       or UnauthorizedAccessException)
        {
            await error.WriteLineAsync("truckfactor harvest: " + ex.Message).ConfigureAwait(false);
            return 1;
        }
    }

    private static void CheckOptions(HarvestRequestOptions request)
    {
        if (request.ListFile is null && request.Discover is null)
        {
            throw new TruckFactorException(
                "Give a list file of repositories, or find them on GitHub with --discover QUERY (or --org, --user, "
                + "--topic) and --limit N.");
        }

        if (request.Server is { } server
            && !(Uri.TryCreate(server, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            throw new TruckFactorException(
                $"--server '{server}' is not an http or https URL; give one such as http://127.0.0.1:7071.");
        }

        // Checked before the harvest runs, so a typo does not cost the printed results of a long harvest.
        if (request.Output is { } file && request.Format != "html"
            && (Directory.Exists(file.FullName) || !Directory.Exists(file.DirectoryName)))
        {
            throw new TruckFactorException(
                $"--output '{file.FullName}' is a folder or is in a folder that does not exist; give a file path in "
                + "an existing folder.");
        }
    }

    private static string? ApiKeyFor(HarvestRequestOptions request)
    {
        if (request.ApiKey is not null)
        {
            return request.ApiKey;
        }

        if (request.Server is null)
        {
            return LocalApiKey.Read();
        }

        // The local key file is this machine's secret: it goes only to this machine's own API.
        var loopback = Uri.TryCreate(request.Server, UriKind.Absolute, out var uri) && uri.IsLoopback;
        return Environment.GetEnvironmentVariable("TRUCKFACTOR_API_KEY") ?? (loopback ? LocalApiKey.Read() : null);
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
            var line = Describe(runtimeStatus, status["phase"]?.GetValue<string>(), progress);
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

    private static string Describe(string? runtimeStatus, string? phase, JsonNode? progress)
    {
        var discovered = progress?["discovered"] is { } count ? $"{count} discovered, " : string.Empty;
        return (phase, progress) switch
        {
            (_, null) => $"{runtimeStatus}",
            ("discovering", _) => $"discovering: {progress["discovered"] ?? 0} repositories found on GitHub so far",
            ("failed", _) => $"failed ({runtimeStatus})",
            _ => $"{phase}: {discovered}{progress["done"]}/{progress["total"]} repositories mined"
                + $" ({progress["failed"]} failed), batch {progress["batchesDone"]}/{progress["batchCount"]}",
        };
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
        if (request.Format == "html")
        {
            var (page, pages) = await HarvestReportWriter.WriteAsync(client, id, json, request.Output!, token)
                .ConfigureAwait(false);
            await error.WriteLineAsync($"Wrote {page} and {pages} repository pages beside it.").ConfigureAwait(false);
            return;
        }

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
        // Local paths are made absolute here, where the user wrote them: a server would read them against its own
        // working folder.
        var repositories = lines.Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => RepositoryCache.IsUrl(line) ? line : Path.GetFullPath(line))
            .ToList();
        return repositories.Count > 0
            ? repositories
            : throw new TruckFactorException(
                $"The list file '{file.FullName}' names no repositories. Write one URL or local path per line.");
    }
}
