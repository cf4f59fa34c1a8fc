using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TruckFactor.Analysis.Errors;
using TruckFactor.Harvest.Models;

namespace TruckFactor.Cli;

/// <summary>Talks to the harvest API of a local host or a Functions app.</summary>
internal sealed class HarvestClient : IDisposable
{
    private static readonly JsonSerializerOptions ChoicesJson = new(JsonSerializerDefaults.Web);

    private readonly HttpClient _http;

    public HarvestClient(string baseUrl, string? apiKey)
    {
        _http = new HttpClient
        {
            BaseAddress = new Uri(baseUrl.TrimEnd('/') + "/"),
            Timeout = TimeSpan.FromSeconds(100),
        };
        if (!string.IsNullOrEmpty(apiKey))
        {
            _http.DefaultRequestHeaders.Add("x-functions-key", apiKey);
        }

        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    public async Task<string> StartAsync(
        IReadOnlyList<string> repositories,
        JsonObject? discover,
        AnalysisChoices? analysis,
        string profile,
        int? batchSize,
        TextWriter error,
        CancellationToken token)
    {
        var body = new JsonObject
        {
            ["repositories"] = new JsonArray([.. repositories.Select(repository => (JsonNode)repository)]),
            ["profile"] = profile,
        };
        if (discover is not null)
        {
            body["discover"] = discover;
        }

        if (analysis is { IsEmpty: false })
        {
            body["analysis"] = JsonSerializer.SerializeToNode(analysis, ChoicesJson);
        }

        if (batchSize is { } size)
        {
            body["batchSize"] = size;
        }

        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync("api/harvests", content, token).ConfigureAwait(false);
        var json = await ReadJsonAsync(response, token).ConfigureAwait(false);
        if ((int)response.StatusCode != 202)
        {
            throw new TruckFactorException(Describe(response, json));
        }

        foreach (var duplicate in json?["duplicatesRemoved"]?.AsArray() ?? [])
        {
            await error.WriteLineAsync($"Listed twice, harvested once: {duplicate}").ConfigureAwait(false);
        }

        return json?["id"]?.GetValue<string>() ?? throw new TruckFactorException("The API answered without an id.");
    }

    public async Task<JsonNode> StatusAsync(string id, CancellationToken token)
    {
        using var response = await _http.GetAsync($"api/harvests/{id}", token).ConfigureAwait(false);
        var json = await ReadJsonAsync(response, token).ConfigureAwait(false);
        return response.IsSuccessStatusCode && json is not null
            ? json
            : throw new TruckFactorException(Describe(response, json));
    }

    public Task<string> ResultsAsync(string id, bool csv, CancellationToken token) =>
        GetTextAsync($"api/harvests/{id}/results{(csv ? ".csv" : string.Empty)}", token);

    public Task<string> ReportAsync(string id, CancellationToken token) =>
        GetTextAsync($"api/harvests/{id}/report", token);

    /// <summary>A repository's page; <paramref name="key"/> must have passed BlobNames.IsRepositoryKey.</summary>
    public Task<string> RepositoryReportAsync(string id, string key, CancellationToken token) =>
        GetTextAsync($"api/harvests/{id}/repositories/{key}/report", token);

    public void Dispose() => _http.Dispose();

    private async Task<string> GetTextAsync(string path, CancellationToken token)
    {
        using var response = await _http.GetAsync(path, token).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(token).ConfigureAwait(false);
        return response.IsSuccessStatusCode ? text : throw new TruckFactorException(Describe(response, Parse(text)));
    }

    private static async Task<JsonNode?> ReadJsonAsync(HttpResponseMessage response, CancellationToken token)
    {
        return Parse(await response.Content.ReadAsStringAsync(token).ConfigureAwait(false));
    }

    private static JsonNode? Parse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Describe(HttpResponseMessage response, JsonNode? json)
    {
        var title = json?["title"]?.GetValue<string>() ?? response.ReasonPhrase ?? "error";
        var errors = json?["errors"]?.AsArray().Select(error => "  " + error) ?? [];
        return $"The harvest API answered {(int)response.StatusCode}: {title}"
            + string.Concat(errors.Select(line => Environment.NewLine + line));
    }
}
