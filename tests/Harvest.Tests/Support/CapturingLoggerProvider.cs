using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TruckFactor.Harvest.Tests.Support;

/// <summary>
/// Keeps every log entry of every category at every level, with its structured values, scopes and exception, so a
/// test can search all of it.
/// </summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _entries = new();

    public IReadOnlyList<string> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, _entries);

    public void Dispose()
    {
    }
}
