namespace TruckFactor.Cli;

/// <summary>
/// Writes the discovery's running count to standard error at once; <see cref="Progress{T}"/> would post the
/// reports to the thread pool, out of order and possibly after the results.
/// </summary>
internal sealed class DiscoveryProgress : IProgress<int>
{
    private readonly TextWriter _error;

    public DiscoveryProgress(TextWriter error)
    {
        _error = error;
    }

    public void Report(int value)
    {
        _error.WriteLine($"Discovered {value} repositories");
    }
}
