namespace TruckFactor.Harvest.Tests.Discovery;

/// <summary>Collects progress reports synchronously, in order (unlike <see cref="Progress{T}"/>).</summary>
internal sealed class ListProgress : IProgress<int>
{
    private readonly List<int> _values;

    public ListProgress(List<int> values)
    {
        _values = values;
    }

    public void Report(int value)
    {
        _values.Add(value);
    }
}
