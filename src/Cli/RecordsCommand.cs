using System.CommandLine;
using TruckFactor.Analysis.Errors;
using TruckFactor.Analysis.Mining;

namespace TruckFactor.Cli;

/// <summary>
/// <c>truckfactor records</c>: prints the mined file records in the layout of <c>git log --name-status
/// --format='commit %H'</c> (newest first), so that mining can be compared with git line by line.
/// </summary>
internal static class RecordsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var location = new Argument<string>("path") { Description = "A local repository." };
        var commit = new Option<string?>("--commit") { Description = "The revision to mine (default HEAD)." };
        var miner = MinerOption.Create();
        var command = new Command("records", "Print the mined file records, as git log --name-status would.")
        {
            location, commit, miner,
        };
        command.SetAction(async (parse, token) =>
        {
            try
            {
                var path = parse.GetValue(location)!;
                if (RepositoryCache.IsUrl(path))
                {
                    throw new RepositoryAccessException(
                        $"'{CloneUrl.Parse(path).Display}' is a URL; records reads local repositories only. "
                        + "Run analyze on the URL once, or clone it, and give the local path.");
                }

                var request = new MiningRequest(path, path, parse.GetValue(commit));
                var log = HistoryMiners.Create(parse.GetValue(miner)).Mine(request, null, token);
                foreach (var record in log.Commits.Reverse())
                {
                    await output.WriteLineAsync($"commit {record.Sha}").ConfigureAwait(false);
                    foreach (var change in record.Changes)
                    {
                        await output.WriteLineAsync(Format(change)).ConfigureAwait(false);
                    }
                }

                return 0;
            }
            catch (TruckFactorException ex)
            {
                return await CliErrors.ReportAsync(error, ex).ConfigureAwait(false);
            }
        });
        return command;
    }

    private static string Format(FileChange change)
    {
        return change.Kind switch
        {
            FileChangeKind.Added => "A\t" + change.Path,
            FileChangeKind.Modified => "M\t" + change.Path,
            FileChangeKind.Deleted => "D\t" + change.Path,
            FileChangeKind.Renamed => $"R\t{change.OldPath}\t{change.Path}",
            _ => "T\t" + change.Path,
        };
    }
}
