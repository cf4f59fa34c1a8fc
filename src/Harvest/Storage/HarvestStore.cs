using System.Globalization;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using TruckFactor.Analysis.Mining;

namespace TruckFactor.Harvest.Storage;

/// <summary>
/// The harvest's blob container: commit logs (gzip JSON, with their counts in blob metadata so a reused log
/// needs no download), per-batch outcomes, and results.
/// </summary>
public sealed class HarvestStore
{
    private const string CommitsKey = "commits";
    private const string FilesKey = "files";

    // Names and paths are stored as written (no \u escapes for '+' or accents), as the command line prints them.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly BlobContainerClient _container;
    private int _created;

    /// <summary>Creates a store over <paramref name="container"/>, which is created on first write.</summary>
    /// <param name="container">The blob container.</param>
    public HarvestStore(BlobContainerClient container)
    {
        ArgumentNullException.ThrowIfNull(container);
        _container = container;
    }

    /// <summary>The container's name.</summary>
    public string ContainerName => _container.Name;

    /// <summary>Returns the counts stored with a commit log, or null when there is no such log.</summary>
    /// <param name="blobName">The commit log's blob name.</param>
    /// <param name="cancellationToken">Stops the request.</param>
    /// <returns>Commits and files, or null.</returns>
    public async Task<(int Commits, int Files)?> FindCommitLogAsync(
        string blobName,
        CancellationToken cancellationToken)
    {
        try
        {
            var properties = await _container.GetBlobClient(blobName)
                .GetPropertiesAsync(cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            var metadata = properties.Value.Metadata;
            return metadata.TryGetValue(CommitsKey, out var commits) && metadata.TryGetValue(FilesKey, out var files)
                ? (int.Parse(commits, CultureInfo.InvariantCulture), int.Parse(files, CultureInfo.InvariantCulture))
                : null;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Stores a commit log under <paramref name="blobName"/>, replacing any earlier one.</summary>
    /// <param name="blobName">The blob name.</param>
    /// <param name="log">The commit log.</param>
    /// <param name="cancellationToken">Stops the upload.</param>
    /// <returns>A task that completes when the log is stored.</returns>
    public async Task SaveCommitLogAsync(string blobName, CommitLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);

        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        await CommitLogSerializer.WriteAsync(log, buffer, cancellationToken).ConfigureAwait(false);
        buffer.Position = 0;
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/json", ContentEncoding = "gzip" },
            Metadata = new Dictionary<string, string>
            {
                [CommitsKey] = log.Commits.Count.ToString(CultureInfo.InvariantCulture),
                [FilesKey] = log.Files.Count.ToString(CultureInfo.InvariantCulture),
            },
        };
        await _container.GetBlobClient(blobName).UploadAsync(buffer, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the commit log stored under <paramref name="blobName"/>.</summary>
    /// <param name="blobName">The blob name.</param>
    /// <param name="cancellationToken">Stops the download.</param>
    /// <returns>The commit log.</returns>
    public async Task<CommitLog> LoadCommitLogAsync(string blobName, CancellationToken cancellationToken)
    {
        var response = await _container.GetBlobClient(blobName)
            .DownloadStreamingAsync(cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        await using var content = response.Value.Content;
        return await CommitLogSerializer.ReadAsync(content, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stores <paramref name="value"/> as indented camel-case JSON.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="blobName">The blob name.</param>
    /// <param name="value">The value.</param>
    /// <param name="cancellationToken">Stops the upload.</param>
    /// <returns>A task that completes when the blob is written.</returns>
    public Task SaveJsonAsync<T>(string blobName, T value, CancellationToken cancellationToken) =>
        SaveTextAsync(blobName, JsonSerializer.Serialize(value, Json) + "\n", "application/json", cancellationToken);

    /// <summary>
    /// Reads a blob written by <see cref="SaveJsonAsync{T}"/>, or returns default when it is missing.
    /// </summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="blobName">The blob name.</param>
    /// <param name="cancellationToken">Stops the download.</param>
    /// <returns>The value, or default.</returns>
    public async Task<T?> LoadJsonAsync<T>(string blobName, CancellationToken cancellationToken)
    {
        var text = await LoadTextAsync(blobName, cancellationToken).ConfigureAwait(false);
        return text is null ? default : JsonSerializer.Deserialize<T>(text, Json);
    }

    /// <summary>Stores text as UTF-8 with the given content type.</summary>
    /// <param name="blobName">The blob name.</param>
    /// <param name="text">The text.</param>
    /// <param name="contentType">The MIME type served with it.</param>
    /// <param name="cancellationToken">Stops the upload.</param>
    /// <returns>A task that completes when the blob is written.</returns>
    public async Task SaveTextAsync(
        string blobName,
        string text,
        string contentType,
        CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        var options = new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } };
        var content = BinaryData.FromBytes(Encoding.UTF8.GetBytes(text));
        await _container.GetBlobClient(blobName).UploadAsync(content, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a text blob, or returns null when it is missing.</summary>
    /// <param name="blobName">The blob name.</param>
    /// <param name="cancellationToken">Stops the download.</param>
    /// <returns>The text, or null.</returns>
    public async Task<string?> LoadTextAsync(string blobName, CancellationToken cancellationToken)
    {
        try
        {
            var response = await _container.GetBlobClient(blobName).DownloadContentAsync(cancellationToken)
                .ConfigureAwait(false);
            return response.Value.Content.ToString();
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Finds the most recently written blob under a prefix, e.g. a repository's newest commit log.</summary>
    /// <param name="prefix">The prefix.</param>
    /// <param name="suffix">The end the name must have (e.g. the current commit log format).</param>
    /// <param name="cancellationToken">Stops the listing.</param>
    /// <returns>The blob name, or null when there is none.</returns>
    public async Task<string?> FindNewestAsync(string prefix, string suffix, CancellationToken cancellationToken)
    {
        string? newest = null;
        var newestTime = DateTimeOffset.MinValue;
        try
        {
            await foreach (var item in _container
                               .GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix, cancellationToken)
                               .ConfigureAwait(false))
            {
                if (item.Name.EndsWith(suffix, StringComparison.Ordinal)
                    && item.Properties.LastModified is { } modified && modified >= newestTime)
                {
                    (newest, newestTime) = (item.Name, modified);
                }
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }

        return newest;
    }

    /// <summary>Lists blob names under a prefix, in name order.</summary>
    /// <param name="prefix">The prefix.</param>
    /// <param name="cancellationToken">Stops the listing.</param>
    /// <returns>The names.</returns>
    public async Task<IReadOnlyList<string>> ListAsync(string prefix, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        try
        {
            await foreach (var item in _container
                               .GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix, cancellationToken)
                               .ConfigureAwait(false))
            {
                names.Add(item.Name);
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return [];
        }

        return names;
    }

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _created) == 1)
        {
            return;
        }

        await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        Volatile.Write(ref _created, 1);
    }
}
