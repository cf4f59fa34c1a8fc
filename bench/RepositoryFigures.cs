namespace TruckFactor.Bench;

/// <summary>One row of the benchmark table.</summary>
internal sealed record RepositoryFigures(
    string Name,
    int Commits,
    double Ours,
    double OursOneThread,
    double OursProcess,
    double? Git,
    double OursRenames,
    double? GitRenames,
    double PeakMebiBytes,
    int Differences,
    int DifferencesRenames,
    int ComparedRenames,
    int Fallbacks,
    double TruckFactorFromLog,
    double TruckFactorAgain,
    double Rerun,
    double OneWorker,
    double TwoWorkers)
{
    public double? Ratio => Git / Ours;

    public double? RatioOneThread => Git / OursOneThread;

    public double? RatioRenames => GitRenames / OursRenames;

    /// <summary>Gets how much more two processes mine per second than one (2 means perfect scaling).</summary>
    public double WorkerGain => 2 * OneWorker / TwoWorkers;

    public bool RecordsIdentical => Differences == 0 && DifferencesRenames == 0;
}
