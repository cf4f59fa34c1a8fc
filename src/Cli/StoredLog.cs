using TruckFactor.Analysis.Errors;
using TruckFactor.Analysis.Mining;
using TruckFactor.Harvest.Storage;

namespace TruckFactor.Cli;

/// <summary>The commit log file of <c>truckfactor analyze --log</c>.</summary>
internal static class StoredLog
{
    /// <summary>Reads the log kept in <paramref name="file"/> when it holds <paramref name="head"/>.</summary>
    /// <returns>The stored log, or null when there is no file, or it holds another commit or an older format.
    /// </returns>
    public static async Task<CommitLog?> ReadAsync(FileInfo? file, string head, CancellationToken token)
    {
        if (file is null || !file.Exists)
        {
            return null;
        }

        try
        {
            await using var stream = file.OpenRead();
            var log = await CommitLogSerializer.ReadAsync(stream, token).ConfigureAwait(false);

            // A log from before content facts were recorded would classify files by path alone: mine again.
            return log.Head == head && log.FileFacts is not null ? log : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException
            or System.Text.Json.JsonException)
        {
            throw new TruckFactorException(
                $"Could not read --log '{file.FullName}': {ex.Message} Delete it or give another file.", ex);
        }
    }

    /// <summary>Writes <paramref name="log"/> to <paramref name="file"/>, when one was given.</summary>
    public static async Task WriteAsync(FileInfo? file, CommitLog log, CancellationToken token)
    {
        if (file is null)
        {
            return;
        }

        try
        {
            await using var stream = file.Create();
            await CommitLogSerializer.WriteAsync(log, stream, token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TruckFactorException(
                $"Could not write --log '{file.FullName}': {ex.Message} Give a file path in a writable folder.", ex);
        }
    }
}
