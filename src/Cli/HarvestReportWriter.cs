using System.Text.Json.Nodes;
using TruckFactor.Analysis.Errors;
using TruckFactor.Harvest.Reports;
using TruckFactor.Harvest.Storage;

namespace TruckFactor.Cli;

/// <summary>
/// Saves a harvest's report pages from the API into a folder, in the layout of blob storage (report.html and
/// repositories/&lt;key&gt;.html), so the pages' relative links work on disk.
/// </summary>
internal static class HarvestReportWriter
{
    /// <summary>Writes the pages and returns the harvest page's full path.</summary>
    /// <param name="client">The API.</param>
    /// <param name="id">The harvest.</param>
    /// <param name="resultsJson">The harvest's results.json, which names each repository's result blob.</param>
    /// <param name="output">A folder, or a file ending in .html whose folder gets the repository pages.</param>
    /// <param name="token">Stops the downloads.</param>
    public static async Task<(string Page, int Repositories)> WriteAsync(
        HarvestClient client,
        string id,
        string resultsJson,
        FileInfo output,
        CancellationToken token)
    {
        var isFile = output.Extension.Equals(".html", StringComparison.OrdinalIgnoreCase)
            || output.Extension.Equals(".htm", StringComparison.OrdinalIgnoreCase);
        var folder = isFile ? output.DirectoryName! : output.FullName;
        var page = isFile ? output.FullName : Path.Combine(folder, ReportLayout.HarvestPage);
        var keys = JsonNode.Parse(resultsJson)?["repositories"]?.AsArray()
            .Select(row => BlobNames.RepositoryKeyOfResult(id, row?["resultBlob"]?.GetValue<string>()))
            .OfType<string>()
            .ToList() ?? [];
        try
        {
            Directory.CreateDirectory(folder);
            foreach (var key in keys)
            {
                // The key passed IsRepositoryKey: safe segments only, so the file stays inside the folder.
                var html = await client.RepositoryReportAsync(id, key, token).ConfigureAwait(false);
                var relative = ReportLayout.RepositoryPage(key).Replace('/', Path.DirectorySeparatorChar);
                var file = Path.Combine(folder, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                await File.WriteAllTextAsync(file, html, token).ConfigureAwait(false);
            }

            var harvestPage = await client.ReportAsync(id, token).ConfigureAwait(false);
            await File.WriteAllTextAsync(page, harvestPage, token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TruckFactorException(
                $"Could not write the report into '{folder}': {ex.Message} "
                + "Give --output a writable folder or .html file.",
                ex);
        }

        return (page, keys.Count);
    }
}
