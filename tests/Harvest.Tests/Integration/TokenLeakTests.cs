using System.IO.Compression;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging;
using TruckFactor.Analysis.Tests.Support;
using TruckFactor.Harvest.Tests.Discovery;
using TruckFactor.Harvest.Tests.Support;

namespace TruckFactor.Harvest.Tests.Integration;

/// <summary>
/// A whole harvest that uses the GitHub token twice (discovery against the fake API, a private clone from the
/// token-protected git server), then a search of everything it left for the token in any of its forms: every log
/// entry at every level, every blob name and blob (the harvest's container and the task hub's), every task hub
/// table row, every file of the clone cache, and every API answer.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TokenLeakTests : IDisposable
{
    // Distinctive, so a hit can only be this token.
    private const string Token = "ghp_LeakCanary9Xq7Vt3Rw8Zp2Mk5Hs1";

    private readonly AzuriteFixture _azurite;
    private readonly GitFixture _private = SampleRepositories.BobAndDave();
    private readonly string _scratch = Directory.CreateTempSubdirectory("tf-leak-").FullName;
    private readonly TokenScanner _scanner = new(Token);

    public TokenLeakTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    [Fact]
    public async Task Harvest_DiscoveryAndPrivateCloneWithToken_LeavesTheTokenNowhere()
    {
        await using var git = await GitHttpServer.StartAsync(Folder("served"), Token);
        var privateUrl = git.Serve(_private.RepositoryPath, "o/private");
        await using var api = await FakeGitHubApi.StartAsync(
            (context, _) => DiscoveryHarvestTests.OrganizationPageAsync(context, privateUrl));
        var cache = Folder("cache");
        var hub = new TestHub(_azurite.ConnectionString, cache);
        hub.Settings["Harvest:Access:AllowedSchemes:0"] = "http";
        hub.Settings["Harvest:Access:AllowedHosts:0"] = "127.0.0.1";
        hub.Settings["Harvest:Access:AllowPrivateAddresses"] = "true";
        hub.Settings["Harvest:KeepClones"] = "true";
        hub.Settings["GitHub:ApiBaseUrl"] = api.BaseUrl;
        hub.Settings["GitHub:CloneBaseUrl"] = git.BaseUrl;
        hub.Settings["GitHub:Token"] = Token;
        var logs = new CapturingLoggerProvider();
        var hits = new List<string>();
        string id;
        await using (var host = await hub.StartHostAsync(logging: builder =>
                     {
                         builder.SetMinimumLevel(LogLevel.Trace);
                         builder.AddProvider(logs);
                     }))
        {
            using var client = TestHub.Client(host);
            var body = JsonSerializer.Serialize(new { discover = new { organization = "o", limit = 10 } });
            (id, var accepted, var status) = await DiscoveryHarvestTests.HarvestAsync(client, body);
            Assert.True(status.GetProperty("runtimeStatus").GetString() == "Completed", status.ToString());
            hits.AddRange(_scanner.Find("accepted", accepted.ToString()));
            hits.AddRange(_scanner.Find("status", status.ToString()));
            hits.AddRange(await ScanAnswersAsync(client, id));
        }

        var blobs = await ScanBlobsAsync(hub, hits);
        var rows = await ScanTablesAsync(hub, hits);
        var files = ScanFolder(cache, hits);
        foreach (var (index, entry) in logs.Entries.Index())
        {
            hits.AddRange(_scanner.Find($"log entry {index}", entry));
        }

        Assert.Empty(hits);

        // The search covered real material: the token was used, and the places searched were not empty.
        Assert.Contains(git.Requests, request => request.Authorization == GitHttpServer.BasicHeader(Token));
        Assert.All(api.Requests, request => Assert.Equal("Bearer " + Token, request.Authorization));
        Assert.Contains(logs.Entries, entry => entry.StartsWith("Trace ", StringComparison.Ordinal));
        Assert.Contains(logs.Entries, entry => entry.Contains("[3031] Harvest " + id, StringComparison.Ordinal));
        Assert.Contains(blobs, name => name.EndsWith("/repositories.txt", StringComparison.Ordinal));
        Assert.Contains(blobs, name => name.StartsWith("commit-logs/127.0.0.1", StringComparison.Ordinal));
        Assert.True(rows > 0, "no task hub table rows were searched");
        Assert.True(files > 0, "no clone cache files were searched");
        Assert.NotEmpty(_scanner.Find("planted", logs.Entries[^1] + " " + GitHttpServer.BasicHeader(Token)));
    }

    public void Dispose()
    {
        _private.Dispose();
        Directory.Delete(_scratch, recursive: true);
    }

    private async Task<List<string>> ScanAnswersAsync(HttpClient client, string id)
    {
        var hits = new List<string>();
        foreach (var path in new[] { "results", "results.csv", "report" })
        {
            hits.AddRange(_scanner.Find(path, await client.GetStringAsync($"api/harvests/{id}/{path}")));
        }

        var results = await client.GetFromJsonAsync<JsonElement>($"api/harvests/{id}/results");
        foreach (var row in results.GetProperty("repositories").EnumerateArray())
        {
            var key = row.GetProperty("resultBlob").GetString()!.Split("/repositories/")[1][..^".json".Length];
            var page = await client.GetStringAsync($"api/harvests/{id}/repositories/{key}/report");
            hits.AddRange(_scanner.Find($"report of {key}", page));
        }

        return hits;
    }

    private async Task<List<string>> ScanBlobsAsync(TestHub hub, List<string> hits)
    {
        var names = new List<string>();
        var service = new BlobServiceClient(hub.ConnectionString);
        await foreach (var container in service.GetBlobContainersAsync())
        {
            if (container.Name != hub.Container && !container.Name.StartsWith(hub.TaskHub, StringComparison.Ordinal))
            {
                continue;
            }

            var blobs = service.GetBlobContainerClient(container.Name);
            await foreach (var blob in blobs.GetBlobsAsync())
            {
                names.Add(blob.Name);
                hits.AddRange(_scanner.Find($"blob name {container.Name}/{blob.Name}", blob.Name));
                var download = (await blobs.GetBlobClient(blob.Name).DownloadContentAsync()).Value;
                var bytes = download.Content.ToArray();
                hits.AddRange(_scanner.FindInBytes($"blob {blob.Name}", bytes));
                if (download.Details.ContentEncoding == "gzip")
                {
                    using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
                    using var plain = new MemoryStream();
                    await gzip.CopyToAsync(plain);
                    hits.AddRange(_scanner.FindInBytes($"blob {blob.Name} unzipped", plain.ToArray()));
                }
            }
        }

        return names;
    }

    private async Task<int> ScanTablesAsync(TestHub hub, List<string> hits)
    {
        var rows = 0;
        var service = new TableServiceClient(hub.ConnectionString);
        await foreach (var table in service.QueryAsync())
        {
            if (!table.Name.StartsWith(hub.TaskHub, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            await foreach (var entity in service.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                rows++;
                foreach (var (key, value) in entity)
                {
                    var text = value is byte[] bytes ? System.Text.Encoding.Latin1.GetString(bytes) : $"{value}";
                    hits.AddRange(_scanner.Find($"table {table.Name} {entity.RowKey} {key}", text));
                }
            }
        }

        return rows;
    }

    private int ScanFolder(string folder, List<string> hits)
    {
        var files = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            files++;
            hits.AddRange(_scanner.Find("file name " + file, file));
            hits.AddRange(_scanner.FindInBytes("file " + file, File.ReadAllBytes(file)));
        }

        return files;
    }

    private string Folder(string name) => Directory.CreateDirectory(Path.Combine(_scratch, name)).FullName;
}
