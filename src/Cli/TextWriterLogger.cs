using Microsoft.Extensions.Logging;

namespace TruckFactor.Cli;

/// <summary>Writes warnings and errors to standard error, one line each, so a rate-limit wait is explained.</summary>
/// <typeparam name="T">The category.</typeparam>
internal sealed class TextWriterLogger<T> : ILogger<T>
{
    private readonly TextWriter _writer;

    public TextWriterLogger(TextWriter writer)
    {
        _writer = writer;
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull
    {
        return null;
    }

    public bool IsEnabled(LogLevel logLevel)
    {
        return logLevel >= LogLevel.Warning;
    }

    public void Log<TState>(
        LogLevel logLevel,
        EventId eventId,
        TState state,
        Exception? exception,
        Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            _writer.WriteLine(logLevel.ToString().ToLowerInvariant() + ": " + formatter(state, exception));
        }
    }
}
