using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using TruckFactor.LocalHost;

namespace TruckFactor.Harvest.Tests.Support;

/// <summary>
/// A task hub and blob container of their own for one test on the shared Azurite, with the settings a local host
/// needs to use them. Short visibility and lease times let a test see a killed worker's work move on quickly.
/// </summary>
internal sealed class TestHub
{
    public const string ApiKey = "test-api-key-0123456789";

    public TestHub(string connectionString, string cacheFolder)
    {
        ConnectionString = connectionString;
        var suffix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));
        TaskHub = "t" + suffix;
        Container = "c" + suffix;
        Settings = new Dictionary<string, string?>
        {
            ["LocalHost:ApiPort"] = "0",
            ["LocalHost:TaskHub"] = TaskHub,
            ["LocalHost:ApiKey"] = ApiKey,
            ["LocalHost:WorkItemVisibilityTimeout"] = "00:00:12",
            ["LocalHost:LeaseInterval"] = "00:00:09",
            ["Harvest:ContainerName"] = Container,
            ["Harvest:CacheFolder"] = cacheFolder,
            ["Harvest:Access:AllowLocalPaths"] = "true",
            ["Harvest:RetryAttempts"] = "3",
            ["Harvest:FirstRetrySeconds"] = "1",
        };
    }

    public string ConnectionString { get; }

    public string TaskHub { get; }

    public string Container { get; }

    public Dictionary<string, string?> Settings { get; }

    public BlobContainerClient Blobs => new BlobServiceClient(ConnectionString).GetBlobContainerClient(Container);

    public Task<LocalHarvestHost> StartHostAsync(bool serveApi = true, Action<ILoggingBuilder>? logging = null)
    {
        var settings = new Dictionary<string, string?>(Settings)
        {
            ["LocalHost:ServeApi"] = serveApi ? "true" : "false",
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return LocalHarvestHost.StartAsync(
            configuration,
            ConnectionString,
            logging ?? (builder => builder.SetMinimumLevel(LogLevel.Warning)),
            CancellationToken.None);
    }

    public static HttpClient Client(LocalHarvestHost host, string? key = ApiKey)
    {
        var client = new HttpClient { BaseAddress = new Uri(host.ApiAddress! + "/") };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("x-functions-key", key);
        }

        return client;
    }

    public static async Task<(int Status, JsonElement Body)> PostAsync(HttpClient client, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("api/harvests", content);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    public static async Task<JsonElement> WaitForCompletionAsync(HttpClient client, string id, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var status = await client.GetFromJsonAsync<JsonElement>($"api/harvests/{id}");
            var runtime = status.GetProperty("runtimeStatus").GetString();
            if (runtime is "Completed" or "Failed" or "Terminated")
            {
                return status;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Harvest {id} still {runtime} after {timeout}: {status}");
            }

            await Task.Delay(500);
        }
    }

    public static string Body(IEnumerable<string> repositories, int batchSize = 2) =>
        JsonSerializer.Serialize(new { repositories, profile = "default", batchSize });
}
