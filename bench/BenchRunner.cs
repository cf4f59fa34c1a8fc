using System.Diagnostics;
using System.Globalization;
using TruckFactor.Analysis.Mining;

namespace TruckFactor.Bench;

/// <summary>
/// Measures each repository: ours and git alternately in the same run (best of the rounds), peak memory, whether
/// the records equal git's, the truck factor from a mined log, a re-run with the stored log, and two workers.
/// </summary>
internal static class BenchRunner
{
    public static List<RepositoryFigures> Run(IReadOnlyList<string> repositories, int rounds)
    {
        var rows = new List<RepositoryFigures>();
        foreach (var repository in repositories)
        {
            Console.Error.WriteLine($"bench: measuring {repository} ...");
            rows.Add(Measure(repository, rounds));
        }

        return rows;
    }

    private static RepositoryFigures Measure(string repository, int rounds)
    {
        var check = ChildRun.Run("mine", repository, "--no-renames", "--check").Result;
        var checkRenames = ChildRun.Run("mine", repository, "--check").Result;
        double ours = double.MaxValue, oursProcess = double.MaxValue, oursRenames = double.MaxValue, peak = 0;
        var oursOneThread = double.MaxValue;
        double? git = double.MaxValue, gitRenames = double.MaxValue;
        for (var round = 0; round < rounds; round++)
        {
            var (plain, wall) = ChildRun.Run("mine", repository, "--no-renames");
            (ours, oursProcess) = (Math.Min(ours, plain.Seconds), Math.Min(oursProcess, wall));
            peak = Math.Max(peak, plain.PeakMebiBytes);
            git = Best(git, GitProcess.Time(repository, GitRecords.LogArguments(renames: false)));
            var (single, _) = ChildRun.Run("mine", repository, "--no-renames", "--threads", "1");
            (oursOneThread, peak) = (Math.Min(oursOneThread, single.Seconds), Math.Max(peak, single.PeakMebiBytes));
            var (renamed, _) = ChildRun.Run("mine", repository);
            (oursRenames, peak) = (Math.Min(oursRenames, renamed.Seconds), Math.Max(peak, renamed.PeakMebiBytes));
            gitRenames = Best(gitRenames, GitProcess.Time(repository, GitRecords.LogArguments(renames: true)));
        }

        var logFile = Path.Combine(Path.GetTempPath(), $"tf-bench-{Guid.NewGuid():N}.json.gz");
        try
        {
            var truckFactor = ChildRun.Run("tf", repository, logFile).Result;
            var rerun = ChildRun.Run("rerun", repository, logFile).Result.Seconds;
            var (one, two) = Workers(repository);
            return new RepositoryFigures(
                NameOf(repository), check.Commits, ours, oursOneThread, oursProcess, git, oursRenames,
                gitRenames, peak, check.Differences, checkRenames.Differences, checkRenames.Compared,
                checkRenames.Fallbacks, truckFactor.Seconds, truckFactor.SecondsAgain, rerun, one, two);
        }
        finally
        {
            File.Delete(logFile);
        }
    }

    /// <summary>Names a repository by its folder, or by the folder above a bare "repo" or "x.git" folder.</summary>
    private static string NameOf(string repository)
    {
        var folder = Path.GetFullPath(repository).TrimEnd('/');
        var name = Path.GetFileName(folder);
        return name is "repo" or ".git" ? Path.GetFileName(Path.GetDirectoryName(folder)!) : name;
    }

    /// <summary>Keeps the best time; a failed git run makes the figure unknown (null).</summary>
    private static double? Best(double? best, double? time) =>
        best is null || time is null ? null : Math.Min(best.Value, time.Value);

    /// <summary>Times one mining process alone, then two at once, each with its own pack handles.</summary>
    private static (double One, double Two) Workers(string repository)
    {
        var one = ChildRun.Run("mine", repository).WallSeconds;
        var stopwatch = Stopwatch.StartNew();
        using var first = ChildRun.Start("mine", repository);
        using var second = ChildRun.Start("mine", repository);
        var reading = Task.Run(() => ChildRun.Read(second));
        ChildRun.Read(first);
        reading.GetAwaiter().GetResult();
        return (one, stopwatch.Elapsed.TotalSeconds);
    }

    public static void Print(IEnumerable<RepositoryFigures> rows, TextWriter output)
    {
        output.WriteLine("| repository | commits | ours s | git s | git/ours | ours 1 thread s | git/ours 1 thread "
            + "| ours -M s | git -M s | git/ours -M | peak MiB | records = git | TF from log s | re-run s "
            + "| 2 workers gain |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|");
        foreach (var r in rows)
        {
            var same = r.RecordsIdentical ? "yes" : $"no ({r.Differences} / {r.DifferencesRenames} commits)";
            same += r.ComparedRenames < r.Commits - 1 ? $" (-M: {r.ComparedRenames} commits git printed)" : "";
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.Commits} | {r.Ours:0.00} | {Figure(r.Git)} | {Figure(r.Ratio)} "
                + $"| {r.OursOneThread:0.00} | {Figure(r.RatioOneThread)} | {r.OursRenames:0.00} "
                + $"| {Figure(r.GitRenames)} | {Figure(r.RatioRenames)} | {r.PeakMebiBytes:0} | {same} "
                + $"| {r.TruckFactorFromLog:0.00} / {r.TruckFactorAgain:0.00} | {r.Rerun:0.00} "
                + $"| {r.WorkerGain:0.00} |"));
        }

        var threads = RawObjectMiner.DefaultThreads.ToString(CultureInfo.InvariantCulture);
        output.WriteLine($"ours s: mining inside the process, {threads} threads comparing commits; 1 thread: the "
            + "same on the calling thread alone; peak: the highest resident set of any run.");
        output.WriteLine("Process wall time adds about "
            + string.Create(CultureInfo.InvariantCulture, $"{rows.Average(r => r.OursProcess - r.Ours):0.00} s; ")
            + "git s: git log -z --name-status --no-renames; -M: rename detection, diff.renameLimit=999999.");
        output.WriteLine("TF from log: the truck factor of an already mined log, the first time in a process / again; "
            + "re-run: resolve the head and read the stored log (gzip JSON), nothing to mine; 2 workers gain: two "
            + "mining processes at once against one after the other (2.00 = twice the throughput).");
        if (rows.Any(r => r.Git is null || r.GitRenames is null))
        {
            output.WriteLine("git failed: git stopped at a blob missing from the repository (a partial clone).");
        }

        output.WriteLine("Fallback commits (missing blobs or objects): "
            + string.Join(", ", rows.Select(r => $"{r.Name} {r.Fallbacks}")));
    }

    private static string Figure(double? value) =>
        value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "git failed";
}
