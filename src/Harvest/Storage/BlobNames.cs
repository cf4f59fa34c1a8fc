using System.Security.Cryptography;
using System.Text;
using TruckFactor.Analysis.Mining;

namespace TruckFactor.Harvest.Storage;

/// <summary>
/// Where a harvest keeps each thing in its blob container. Commit-log names depend only on the repository and
/// the mined commit, so a second harvest of an unchanged repository finds the log the first one stored.
/// </summary>
public static class BlobNames
{
    /// <summary>A stable, readable key for a repository location: host/owner/name, or local/name-hash.</summary>
    /// <param name="location">A URL, an scp-like address or a local path.</param>
    /// <returns>Slash-separated segments of safe characters.</returns>
    public static string RepositoryKey(string location)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);

        if (!RepositoryCache.IsUrl(location))
        {
            var full = Path.GetFullPath(location).TrimEnd('/', '\\');
            return "local/" + Safe(Path.GetFileName(full)) + "-" + ShortHash(full);
        }

        var display = CloneUrl.Parse(location).Display;
        var address = display.Contains("://", StringComparison.Ordinal)
            ? display[(display.IndexOf("://", StringComparison.Ordinal) + 3)..]
            : display.Replace(':', '/');
        address = address[(address.IndexOf('@', StringComparison.Ordinal) + 1)..].TrimEnd('/');
        if (address.EndsWith(".git", StringComparison.OrdinalIgnoreCase))
        {
            address = address[..^4];
        }

        var segments = address.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Safe).ToList();
        segments[0] = segments[0].ToLowerInvariant();

        // GitHub names are case-insensitive; one key per repository whatever case the request used.
        if (segments[0] == "github.com")
        {
            segments = [.. segments.Select(segment => segment.ToLowerInvariant())];
        }

        return string.Join('/', segments);
    }

    /// <summary>The commit log of <paramref name="location"/> at commit <paramref name="head"/>.</summary>
    /// <param name="location">The repository.</param>
    /// <param name="head">The full commit id.</param>
    /// <returns>The blob name.</returns>
    public static string CommitLog(string location, string head) =>
        CommitLogPrefix(location) + Safe(head) + "." + CommitLogFormat + ".json.gz";

    /// <summary>The folder of every stored commit log of <paramref name="location"/>, one per mined head.</summary>
    /// <param name="location">The repository.</param>
    /// <returns>The blob name prefix, ending in a slash.</returns>
    public static string CommitLogPrefix(string location) => $"commit-logs/{RepositoryKey(location)}/";

    /// <summary>Gets the end of the names of commit logs stored in the current <see cref="CommitLogFormat"/>.
    /// </summary>
    public static string CommitLogSuffix => "." + CommitLogFormat + ".json.gz";

    /// <summary>
    /// Gets the format of stored commit logs. Logs stored before content facts and attribute files were recorded
    /// (v1, no suffix) cannot be classified; a new name makes every worker mine them again instead of reusing them.
    /// </summary>
    public static string CommitLogFormat => "v2";

    /// <summary>The outcomes of one mining batch.</summary>
    /// <param name="harvestId">The harvest.</param>
    /// <param name="batchIndex">The batch number from 0.</param>
    /// <returns>The blob name.</returns>
    public static string Batch(string harvestId, int batchIndex) =>
        $"harvests/{Safe(harvestId)}/batches/{batchIndex:D6}.json";

    /// <summary>A repository's full result within a harvest.</summary>
    /// <param name="harvestId">The harvest.</param>
    /// <param name="location">The repository.</param>
    /// <returns>The blob name.</returns>
    public static string RepositoryResult(string harvestId, string location) =>
        $"harvests/{Safe(harvestId)}/repositories/{RepositoryKey(location)}.json";

    /// <summary>A repository's report page within a harvest, next to its result.</summary>
    /// <param name="harvestId">The harvest.</param>
    /// <param name="location">The repository.</param>
    /// <returns>The blob name.</returns>
    public static string RepositoryReport(string harvestId, string location) =>
        RepositoryReportOfKey(harvestId, RepositoryKey(location));

    /// <summary>A repository's report page within a harvest, from the repository's key.</summary>
    /// <param name="harvestId">The harvest.</param>
    /// <param name="repositoryKey">The key, as <see cref="RepositoryKey"/> gives it.</param>
    /// <returns>The blob name.</returns>
    /// <exception cref="ArgumentException"><paramref name="repositoryKey"/> is not a key.</exception>
    public static string RepositoryReportOfKey(string harvestId, string repositoryKey) =>
        IsRepositoryKey(repositoryKey)
            ? $"harvests/{Safe(harvestId)}/repositories/{repositoryKey}.html"
            : throw new ArgumentException($"'{repositoryKey}' is not a repository key.", nameof(repositoryKey));

    /// <summary>
    /// Whether <paramref name="key"/> has the shape <see cref="RepositoryKey"/> gives: slash-separated segments
    /// of letters, digits, '-', '_' and '.', none empty or made of dots only, so it cannot leave its folder.
    /// </summary>
    /// <param name="key">Text from a URL or from another service.</param>
    /// <returns>True when it is safe to use as a key.</returns>
    public static bool IsRepositoryKey(string? key)
    {
        // Blob names stop at 1,024 characters; the harvest's prefix and the extension need the rest.
        if (string.IsNullOrEmpty(key) || key.Length > 900)
        {
            return false;
        }

        return key.Split('/').All(segment =>
            segment.Length > 0
            && segment.Trim('.').Length > 0
            && segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'));
    }

    /// <summary>The repository key within a result blob name of <see cref="RepositoryResult"/>.</summary>
    /// <param name="harvestId">The harvest.</param>
    /// <param name="resultBlob">The blob name, as results.json gives it in resultBlob.</param>
    /// <returns>The key, or null when the name is not a repository result of that harvest.</returns>
    public static string? RepositoryKeyOfResult(string harvestId, string? resultBlob)
    {
        var prefix = $"harvests/{Safe(harvestId)}/repositories/";
        if (resultBlob is null
            || !resultBlob.StartsWith(prefix, StringComparison.Ordinal)
            || !resultBlob.EndsWith(".json", StringComparison.Ordinal))
        {
            return null;
        }

        var key = resultBlob[prefix.Length..^".json".Length];
        return IsRepositoryKey(key) ? key : null;
    }

    /// <summary>The harvest's report page.</summary>
    /// <param name="harvestId">The harvest.</param>
    /// <returns>The blob name.</returns>
    public static string Report(string harvestId) => $"harvests/{Safe(harvestId)}/report.html";

    /// <summary>The harvest's results.json.</summary>
    /// <param name="harvestId">The harvest.</param>
    /// <returns>The blob name.</returns>
    public static string Results(string harvestId) => $"harvests/{Safe(harvestId)}/results.json";

    /// <summary>The harvest's results.csv.</summary>
    /// <param name="harvestId">The harvest.</param>
    /// <returns>The blob name.</returns>
    public static string ResultsCsv(string harvestId) => $"harvests/{Safe(harvestId)}/results.csv";

    /// <summary>The repositories a harvest resolved from its list and its discovery, one a line.</summary>
    /// <param name="harvestId">The harvest.</param>
    /// <returns>The blob name.</returns>
    public static string RepositoryList(string harvestId) => $"harvests/{Safe(harvestId)}/repositories.txt";

    /// <summary>The harvest's discovery.json: the discover block, counts, and the repositories refused.</summary>
    /// <param name="harvestId">The harvest.</param>
    /// <returns>The blob name.</returns>
    public static string Discovery(string harvestId) => $"harvests/{Safe(harvestId)}/discovery.json";

    /// <summary>How many repositories a running discovery has found so far, as a number in text.</summary>
    /// <param name="harvestId">The harvest.</param>
    /// <returns>The blob name.</returns>
    public static string DiscoveryProgress(string harvestId) => $"harvests/{Safe(harvestId)}/discovery-progress.txt";

    /// <summary>The harvest's summary.json, written last.</summary>
    /// <param name="harvestId">The harvest.</param>
    /// <returns>The blob name.</returns>
    public static string Summary(string harvestId) => $"harvests/{Safe(harvestId)}/summary.json";

    private static string Safe(string segment)
    {
        var builder = new StringBuilder(segment.Length);
        foreach (var c in segment)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        }

        // A segment of dots would climb out of its folder in any tool that maps blob names to paths.
        return builder.Length == 0 || builder.ToString().Trim('.').Length == 0 ? "_" + builder : builder.ToString();
    }

    private static string ShortHash(string text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash)[..10];
    }
}
