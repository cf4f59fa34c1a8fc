namespace TruckFactor.Bench;

/// <summary>What one child process measured, printed as one JSON line for the runner.</summary>
/// <param name="Commits">Commits in the mined log.</param>
/// <param name="Records">File records in the mined log.</param>
/// <param name="Seconds">Time of the measured step inside the process.</param>
/// <param name="PeakMebiBytes">The process's peak resident set.</param>
/// <param name="Differences">Commits whose records differ from git's, or -1 when not checked.</param>
/// <param name="Fallbacks">Commits mined through LibGit2Sharp plus commits whose rename scoring missed a blob.</param>
/// <param name="Compared">Commits git printed and the check compared (fewer when git stopped on a missing blob).
/// </param>
/// <param name="SecondsAgain">The same step timed a second time in the same process, or -1.</param>
internal sealed record Measurement(
    int Commits,
    int Records,
    double Seconds,
    double PeakMebiBytes,
    int Differences,
    int Fallbacks,
    int Compared,
    double SecondsAgain = -1);
