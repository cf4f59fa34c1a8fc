using System.Text.Json;

namespace TruckFactor.Deploy.Tests.Support;

/// <summary>The Durable Task settings of src/FunctionApp/host.json, which the image carries.</summary>
internal static class HostJson
{
    private static readonly JsonElement DurableTask = Load().GetProperty("extensions").GetProperty("durableTask");

    public static string HubName => DurableTask.GetProperty("hubName").GetString()!;

    public static int PartitionCount =>
        DurableTask.GetProperty("storageProvider").GetProperty("partitionCount").GetInt32();

    public static int MaxConcurrentActivityFunctions =>
        DurableTask.GetProperty("maxConcurrentActivityFunctions").GetInt32();

    private static JsonElement Load()
    {
        using var document = JsonDocument.Parse(
            RepositoryFiles.Read("src/FunctionApp/host.json"),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        return document.RootElement.Clone();
    }
}
