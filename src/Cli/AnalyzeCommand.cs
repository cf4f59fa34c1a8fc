using System.CommandLine;
using TruckFactor.Analysis;
using TruckFactor.Analysis.Errors;
using TruckFactor.Analysis.Mining;
using TruckFactor.Analysis.Results;
using TruckFactor.Harvest.Models;
using TruckFactor.Harvest.Reports;

namespace TruckFactor.Cli;

/// <summary><c>truckfactor analyze</c>: the truck factor of one repository.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var location = new Argument<string>("path-or-url") { Description = "A local repository or a clone URL." };
        var commit = new Option<string?>("--commit") { Description = "The revision to analyse (default HEAD)." };
        var at = new Option<string?>("--at")
        {
            Description = "Analyse the last first-parent commit before this date (e.g. 2016-11-30).",
        };
        var profile = new Option<AnalysisProfile>("--profile")
        {
            Description = "default: our choices; reference: the reference tool's behaviour.",
            DefaultValueFactory = _ => AnalysisProfile.Default,
        };
        var format = new Option<OutputFormat>("--format")
        {
            Description = "table (readable), json, or html (a page with charts).",
            DefaultValueFactory = _ => OutputFormat.Table,
        };
        var file = new Option<FileInfo?>("--output") { Description = "Write the result to this file." };
        var aliases = new Option<FileInfo?>("--alias-file")
        {
            Description = "Extra identity aliases in .mailmap format (Proper Name <proper@email> Other <other@email>).",
        };
        var cache = new Option<DirectoryInfo?>("--cache") { Description = "Folder for clones of URLs." };
        var miner = MinerOption.Create();
        var logFile = new Option<FileInfo?>("--log")
        {
            Description = "Keep the mined history in this file (gzip JSON): reused while it holds the analysed commit, "
                + "so other options can be tried without mining again.",
        };
        var selection = new FileSelectionOptions();
        var command = new Command("analyze", "Compute the truck factor of one repository.")
        {
            location, commit, at, profile, format, file, aliases, cache, logFile, miner,
        };
        selection.AddTo(command);
        command.SetAction(async (parse, token) =>
        {
            AnalysisChoices choices;
            try
            {
                choices = selection.Read(parse);
            }
            catch (TruckFactorException ex)
            {
                return await CliErrors.ReportAsync(error, ex).ConfigureAwait(false);
            }

            var request = new AnalyzeRequest(
                parse.GetValue(location)!,
                parse.GetValue(commit),
                parse.GetValue(at),
                parse.GetValue(profile),
                parse.GetValue(format),
                parse.GetValue(file),
                parse.GetValue(aliases),
                parse.GetValue(cache),
                parse.GetValue(logFile),
                choices,
                parse.GetValue(miner));
            return await RunAsync(request, output, error, token).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(
        AnalyzeRequest request,
        TextWriter output,
        TextWriter error,
        CancellationToken token)
    {
        try
        {
            FileArguments.CheckWritable(request.Output, "--output", "result.json");
            FileArguments.CheckWritable(request.Log, "--log", "history.json.gz");
            var at = request.At is null ? (DateTimeOffset?)null : Dates.Parse(request.At, "--at");
            var aliasText = request.AliasFile is null
                ? null
                : await ReadAliasesAsync(request.AliasFile, token).ConfigureAwait(false);
            var cache = new RepositoryCache(request.Cache?.FullName ?? RepositoryCache.DefaultRoot);
            var (path, display) = cache.Prepare(request.Location, token);
            var mining = new MiningRequest(path, display, request.Commit, at);
            var log = await StoredLog.ReadAsync(request.Log, GitHistoryMiner.ResolveCommit(mining), token)
                .ConfigureAwait(false);
            if (log is null)
            {
                var progress = new ProgressReporter(error);
                log = HistoryMiners.Create(request.Miner).Mine(mining, progress, token);
                progress.Finish();
                await StoredLog.WriteAsync(request.Log, log, token).ConfigureAwait(false);
            }

            var options = request.Selection.Apply(AnalysisOptions.For(request.Profile, aliasText));
            var result = TruckFactorAnalyzer.Analyze(log, options);
            var text = request.Format switch
            {
                OutputFormat.Json => ResultJson.Serialize(result),
                OutputFormat.Html => RepositoryReport.Render(result),
                _ => ResultTable.Format(result),
            };
            if (request.Output is null)
            {
                await output.WriteAsync(text).ConfigureAwait(false);
            }
            else
            {
                await WriteOutputAsync(request.Output, text, token).ConfigureAwait(false);
                await error.WriteLineAsync($"Wrote {request.Output.FullName}").ConfigureAwait(false);
            }

            return 0;
        }
        catch (TruckFactorException ex)
        {
            return await CliErrors.ReportAsync(error, ex).ConfigureAwait(false);
        }
    }

    private static async Task WriteOutputAsync(FileInfo file, string text, CancellationToken token)
    {
        try
        {
            await File.WriteAllTextAsync(file.FullName, text, token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TruckFactorException(
                $"Could not write --output '{file.FullName}': {ex.Message} Give a file path in a writable folder.",
                ex);
        }
    }

    private static async Task<string> ReadAliasesAsync(FileInfo file, CancellationToken token)
    {
        try
        {
            return await File.ReadAllTextAsync(file.FullName, token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TruckFactorException(
                $"Could not read --alias-file '{file.FullName}': {ex.Message} Give a readable file in .mailmap format.",
                ex);
        }
    }
}
