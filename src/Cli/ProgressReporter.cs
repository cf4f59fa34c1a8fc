using TruckFactor.Analysis.Mining;

namespace TruckFactor.Cli;

/// <summary>Shows mining progress on one line of standard error, only where a person is watching a terminal.</summary>
internal sealed class ProgressReporter : IProgress<MiningProgress>
{
    private readonly TextWriter _error;
    private readonly bool _enabled;
    private bool _shown;

    public ProgressReporter(TextWriter error)
    {
        _error = error;
        _enabled = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
    }

    public void Report(MiningProgress value)
    {
        if (_enabled)
        {
            _error.Write($"\rMining commits: {value.CommitsDone:N0} / {value.CommitsTotal:N0}");
            _shown = true;
        }
    }

    public void Finish()
    {
        if (_shown)
        {
            _error.WriteLine();
        }
    }
}
