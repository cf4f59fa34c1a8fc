namespace TruckFactor.Cli;

/// <summary>How every command reports an error a user can cause: one line on standard error, exit code 1.</summary>
internal static class CliErrors
{
    public const int ExitCode = 1;

    public static async Task<int> ReportAsync(TextWriter error, Exception exception)
    {
        await error.WriteLineAsync("truckfactor: " + exception.Message).ConfigureAwait(false);
        return ExitCode;
    }
}
