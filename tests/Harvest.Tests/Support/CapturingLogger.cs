using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace TruckFactor.Harvest.Tests.Support;

/// <summary>One category's logger of <see cref="CapturingLoggerProvider"/>.</summary>
internal sealed class CapturingLogger : ILogger
{
    private readonly string _category;
    private readonly ConcurrentQueue<string> _entries;

    public CapturingLogger(string category, ConcurrentQueue<string> entries)
    {
        _category = category;
        _entries = entries;
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull
    {
        _entries.Enqueue($"scope {_category}: {state}");
        return null;
    }

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(
        LogLevel logLevel,
        EventId eventId,
        TState state,
        Exception? exception,
        Func<TState, Exception?, string> formatter)
    {
        // The message, each structured value apart (a hole may be left out of the template), and the exception.
        var text = new StringBuilder($"{logLevel} {_category} [{eventId.Id}] {formatter(state, exception)}");
        if (state is IEnumerable<KeyValuePair<string, object?>> values)
        {
            foreach (var (key, value) in values)
            {
                text.Append(" | ").Append(key).Append('=').Append(value);
            }
        }

        if (exception is not null)
        {
            text.Append(" | ").Append(exception);
        }

        _entries.Enqueue(text.ToString());
    }
}
