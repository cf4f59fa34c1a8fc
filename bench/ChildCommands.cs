using System.Diagnostics;
using System.Text.Json;
using TruckFactor.Analysis;
using TruckFactor.Analysis.Mining;
using TruckFactor.Harvest.Storage;

namespace TruckFactor.Bench;

/// <summary>
/// The measurements the runner starts in child processes, one per process, so each has a cold runtime, its own
/// libgit2 pack handles and its own peak memory figure.
/// </summary>
internal static class ChildCommands
{
    public const string Marker = "MEASURED ";

    /// <summary>
    /// mine &lt;repo&gt; [--no-renames] [--libgit2] [--check] [--threads N]: mines once; --check compares to git.
    /// </summary>
    public static void Mine(string repository, bool renames, bool libgit2, bool check, int threads)
    {
        IHistoryMiner miner = libgit2 ? new GitHistoryMiner() : new RawObjectMiner(renames, threads);
        var stopwatch = Stopwatch.StartNew();
        var log = miner.Mine(new MiningRequest(repository, repository), null, CancellationToken.None);
        var seconds = stopwatch.Elapsed.TotalSeconds;
        var peak = PeakMemory.MebiBytes();
        var git = check ? GitRecords.FromGit(repository, renames) : (Records: [], Complete: true);
        var differences = check ? GitRecords.Differences(git, GitRecords.FromLog(log)) : -1;
        Report(log, seconds, peak, differences, check ? git.Records.Count : 0);
    }

    /// <summary>
    /// tf &lt;repo&gt; &lt;log&gt;: mines, stores the log, and times the truck factor from the log: the first time in
    /// the process (a one-off command's case, code not yet compiled) and again (a harvest's case).
    /// </summary>
    public static void TruckFactorFromLog(string repository, string logFile)
    {
        var log = new RawObjectMiner().Mine(new MiningRequest(repository, repository), null, CancellationToken.None);
        using (var file = File.Create(logFile))
        {
            CommitLogSerializer.WriteAsync(log, file, CancellationToken.None).GetAwaiter().GetResult();
        }

        var stopwatch = Stopwatch.StartNew();
        _ = TruckFactorAnalyzer.Analyze(log, AnalysisOptions.For(AnalysisProfile.Default));
        var first = stopwatch.Elapsed.TotalSeconds;
        stopwatch.Restart();
        _ = TruckFactorAnalyzer.Analyze(log, AnalysisOptions.For(AnalysisProfile.Default));
        Report(log, first, PeakMemory.MebiBytes(), -1, again: stopwatch.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// rerun &lt;repo&gt; &lt;log&gt;: what a second run does before the truck factor (timed apart by tf): resolve
    /// the head, read the stored log, and mine only the commits it lacks (none when the head is unchanged).
    /// </summary>
    public static void Rerun(string repository, string logFile)
    {
        var stopwatch = Stopwatch.StartNew();
        var request = new MiningRequest(repository, repository);
        CommitLog stored;
        using (var file = File.OpenRead(logFile))
        {
            stored = CommitLogSerializer.ReadAsync(file, CancellationToken.None).GetAwaiter().GetResult();
        }

        var log = GitHistoryMiner.ResolveCommit(request) == stored.Head
            ? stored
            : new RawObjectMiner().Mine(request, stored, null, CancellationToken.None);
        Report(log, stopwatch.Elapsed.TotalSeconds, PeakMemory.MebiBytes(), -1);
    }

    private static void Report(
        CommitLog log,
        double seconds,
        double peak,
        int differences,
        int compared = 0,
        double again = -1)
    {
        var statistics = log.Statistics;
        var measurement = new Measurement(
            log.Commits.Count,
            log.Commits.Sum(c => c.Changes.Count),
            seconds,
            peak,
            differences,
            statistics.ObjectFallbacks + statistics.RenameFallbacks,
            compared,
            again);
        Console.WriteLine(Marker + JsonSerializer.Serialize(measurement));
    }
}
