using System.IO.Compression;
using System.Text.Json;
using TruckFactor.Analysis.Mining;

namespace TruckFactor.Harvest.Storage;

/// <summary>Writes commit logs as gzip-compressed JSON and reads them back unchanged.</summary>
public static class CommitLogSerializer
{

    /// <summary>Writes <paramref name="log"/> to <paramref name="stream"/>.</summary>
    /// <param name="log">The commit log.</param>
    /// <param name="stream">A writable stream, left open.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>A task that completes when the log is written.</returns>
    public static async Task WriteAsync(CommitLog log, Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(stream);

        await using var gzip = new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true);
        await JsonSerializer.SerializeAsync(gzip, log, CommitLogJsonContext.Default.CommitLog, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Reads a log written by <see cref="WriteAsync"/>.</summary>
    /// <param name="stream">A readable stream.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The commit log.</returns>
    /// <exception cref="InvalidDataException">The stream does not hold a commit log.</exception>
    public static async Task<CommitLog> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);

        await using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        try
        {
            var log = await JsonSerializer
                .DeserializeAsync(gzip, CommitLogJsonContext.Default.CommitLog, cancellationToken)
                .ConfigureAwait(false);
            return log ?? throw new InvalidDataException("The stored commit log is empty.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException("The stored commit log is not valid: " + ex.Message, ex);
        }
    }
}
