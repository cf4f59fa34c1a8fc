using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using TruckFactor.Harvest.Models;
using TruckFactor.Harvest.Options;
using TruckFactor.Harvest.Orchestrations;
using TruckFactor.Harvest.Storage;
using TruckFactor.Harvest.Validation;

namespace TruckFactor.Harvest.Api;

/// <summary>
/// The HTTP API's behaviour, free of any host: both the Functions app and the local host map their routes here.
/// </summary>
public sealed class HarvestApi
{
    private const string JsonType = "application/json; charset=utf-8";
    private const string HtmlType = "text/html; charset=utf-8";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly HarvestOptions _options;
    private readonly RepositoryUrlPolicy _policy;
    private readonly HarvestStore _store;
    private readonly TimeProvider _clock;

    /// <summary>Creates the API.</summary>
    /// <param name="options">Harvest limits.</param>
    /// <param name="policy">Which repository locations are accepted.</param>
    /// <param name="store">The harvest's blob container.</param>
    /// <param name="clock">The clock stamped on new harvests.</param>
    public HarvestApi(
        IOptions<HarvestOptions> options,
        RepositoryUrlPolicy policy,
        HarvestStore store,
        TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _policy = policy;
        _store = store;
        _clock = clock;
    }

    /// <summary>POST /api/harvests: validates the request and schedules the orchestration.</summary>
    /// <param name="client">The durable client of the host.</param>
    /// <param name="body">The request body.</param>
    /// <param name="baseUrl">The scheme, host and port the caller used, for the status links.</param>
    /// <param name="cancellationToken">Stops the request.</param>
    /// <returns>202 with the harvest id and its links, or 400 with every problem found.</returns>
    public async Task<ApiResponse> StartAsync(
        DurableTaskClient client,
        string body,
        string baseUrl,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);

        var parse = HarvestRequestParser.Parse(body, _options, _policy);
        if (!parse.IsValid)
        {
            return Problem(400, "The harvest request is not valid.", parse.Errors);
        }

        var plan = parse.Plan!;
        var harvestId = NewHarvestId();
        var input = new HarvestInput(
            harvestId, plan.Repositories, plan.Profile, plan.BatchSize, _options.MaxParallelBatches,
            _options.BatchesPerGeneration, _clock.GetUtcNow(), _options.RetryAttempts, _options.FirstRetrySeconds,
            plan.Discover,
            Analysis: plan.Analysis);
        await client.ScheduleNewOrchestrationInstanceAsync(
            nameof(HarvestOrchestrator),
            HarvestState.Start(input),
            new StartOrchestrationOptions(harvestId),
            cancellationToken).ConfigureAwait(false);

        var links = Links(baseUrl, harvestId);
        var accepted = new
        {
            id = harvestId,
            repositories = plan.Repositories.Count,
            batches = input.BatchCount,
            plan.Profile,
            plan.BatchSize,
            plan.Discover,
            plan.Analysis,
            duplicatesRemoved = plan.Duplicates,
            links.StatusQueryGetUri,
            links.ResultsUri,
            links.ResultsCsvUri,
            links.ReportUri,
        };
        return new ApiResponse(202, JsonType, Serialize(accepted), links.StatusQueryGetUri, 10);
    }

    /// <summary>GET /api/harvests/{id}: the orchestration's state and progress.</summary>
    /// <param name="client">The durable client of the host.</param>
    /// <param name="harvestId">The harvest id.</param>
    /// <param name="baseUrl">The scheme, host and port the caller used.</param>
    /// <param name="cancellationToken">Stops the request.</param>
    /// <returns>200 with the status, or 404.</returns>
    public async Task<ApiResponse> StatusAsync(
        DurableTaskClient client,
        string harvestId,
        string baseUrl,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);

        if (!HarvestIds.IsValid(harvestId))
        {
            return NotFound(harvestId);
        }

        // The gRPC sidecar sends the custom status (our progress) only along with inputs and outputs.
        var metadata = await client.GetInstanceAsync(harvestId, getInputsAndOutputs: true, cancellationToken)
            .ConfigureAwait(false);
        if (metadata is null)
        {
            return NotFound(harvestId);
        }

        var progress = await HarvestStatusParts.ProgressAsync(metadata, _store, harvestId, cancellationToken)
            .ConfigureAwait(false);
        var finished = metadata.IsCompleted ? metadata.LastUpdatedAt : (DateTimeOffset?)null;
        var status = new
        {
            id = harvestId,
            runtimeStatus = metadata.RuntimeStatus.ToString(),
            phase = progress?.Phase ?? HarvestPhase.Mining,
            progress = progress is null
                ? null
                : new
                {
                    progress.Total,
                    done = progress.Succeeded + progress.Failed,
                    progress.Succeeded,
                    progress.Failed,
                    progress.BatchesDone,
                    progress.BatchCount,
                    progress.Discovered,
                },
            createdAt = metadata.CreatedAt,
            lastUpdatedAt = metadata.LastUpdatedAt,
            miningCompletedAt = progress?.MiningCompletedAt,
            completedAt = finished,
            elapsedSeconds = Math.Round(((finished ?? _clock.GetUtcNow()) - metadata.CreatedAt).TotalSeconds, 1),
            failure = HarvestStatusParts.Failure(metadata),
            links = Links(baseUrl, harvestId),
        };
        return new ApiResponse(200, JsonType, Serialize(status));
    }

    /// <summary>GET /api/harvests/{id}/results: results.json once the harvest has finished.</summary>
    /// <param name="client">The durable client of the host.</param>
    /// <param name="harvestId">The harvest id.</param>
    /// <param name="csv">True for results.csv.</param>
    /// <param name="cancellationToken">Stops the request.</param>
    /// <returns>200 with the results, 409 while the harvest runs, or 404.</returns>
    public async Task<ApiResponse> ResultsAsync(
        DurableTaskClient client,
        string harvestId,
        bool csv,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);

        if (!HarvestIds.IsValid(harvestId))
        {
            return NotFound(harvestId);
        }

        var name = csv ? BlobNames.ResultsCsv(harvestId) : BlobNames.Results(harvestId);
        var text = await _store.LoadTextAsync(name, cancellationToken).ConfigureAwait(false);
        return text is not null
            ? new ApiResponse(200, csv ? "text/csv; charset=utf-8" : JsonType, text)
            : await NotFinishedAsync(client, harvestId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>GET /api/harvests/{id}/report: the harvest's HTML page once the harvest has finished.</summary>
    /// <param name="client">The durable client of the host.</param>
    /// <param name="harvestId">The harvest id.</param>
    /// <param name="cancellationToken">Stops the request.</param>
    /// <returns>200 with the page, 409 while the harvest runs, or 404.</returns>
    public async Task<ApiResponse> ReportAsync(
        DurableTaskClient client,
        string harvestId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);

        if (!HarvestIds.IsValid(harvestId))
        {
            return NotFound(harvestId);
        }

        var page = await _store.LoadTextAsync(BlobNames.Report(harvestId), cancellationToken).ConfigureAwait(false);
        if (page is not null)
        {
            return new ApiResponse(200, HtmlType, page);
        }

        return await HasResultsAsync(harvestId, cancellationToken).ConfigureAwait(false)
            ? Problem(404, "This harvest has no report.", [$"Harvest {harvestId} was computed before reports existed."])
            : await NotFinishedAsync(client, harvestId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// GET /api/harvests/{id}/repositories/{key}/report: a repository's HTML page, where key is the repository's
    /// path in the resultBlob of results.json (such as github.com/owner/name or local/name-hash).
    /// </summary>
    /// <param name="client">The durable client of the host.</param>
    /// <param name="harvestId">The harvest id.</param>
    /// <param name="path">What follows repositories/ in the URL: the key and /report.</param>
    /// <param name="cancellationToken">Stops the request.</param>
    /// <returns>200 with the page, 409 while the harvest runs, or 404.</returns>
    public async Task<ApiResponse> RepositoryReportAsync(
        DurableTaskClient client,
        string harvestId,
        string? path,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);

        if (!HarvestIds.IsValid(harvestId))
        {
            return NotFound(harvestId);
        }

        const string Suffix = "/report";
        var key = path is not null && path.EndsWith(Suffix, StringComparison.Ordinal) ? path[..^Suffix.Length] : null;
        if (!BlobNames.IsRepositoryKey(key))
        {
            return NoSuchRepository(harvestId, path ?? string.Empty);
        }

        var blob = BlobNames.RepositoryReportOfKey(harvestId, key!);
        var page = await _store.LoadTextAsync(blob, cancellationToken).ConfigureAwait(false);
        if (page is not null)
        {
            return new ApiResponse(200, HtmlType, page);
        }

        return await HasResultsAsync(harvestId, cancellationToken).ConfigureAwait(false)
            ? NoSuchRepository(harvestId, key!)
            : await NotFinishedAsync(client, harvestId, cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> HasResultsAsync(string harvestId, CancellationToken cancellationToken) =>
        await _store.LoadTextAsync(BlobNames.Results(harvestId), cancellationToken).ConfigureAwait(false)
            is not null;

    private static async Task<ApiResponse> NotFinishedAsync(
        DurableTaskClient client,
        string harvestId,
        CancellationToken cancellationToken)
    {
        var metadata = await client.GetInstanceAsync(harvestId, getInputsAndOutputs: false, cancellationToken)
            .ConfigureAwait(false);
        return metadata is null
            ? NotFound(harvestId)
            : Problem(
                409,
                $"Harvest {harvestId} has no results yet (status {metadata.RuntimeStatus}).",
                ["Poll GET /api/harvests/" + harvestId + " until runtimeStatus is Completed."]);
    }

    private static ApiResponse NoSuchRepository(string harvestId, string path) =>
        Problem(
            404,
            "No report for this repository.",
            [
                $"'{Truncate(path)}' is not a repository of harvest {harvestId} with a report. Ask for "
                + "repositories/<key>/report, where <key> is the repository's path in the resultBlob of results.json "
                + "(such as github.com/owner/name); a failed repository has no report.",
            ]);

    private static string NewHarvestId() => HarvestIds.New();

    private static ApiResponse NotFound(string harvestId) =>
        Problem(404, "No harvest with this id.", [$"'{Truncate(harvestId)}' is not a harvest of this service."]);

    private static ApiResponse Problem(int status, string title, IReadOnlyList<string> errors) =>
        new(status, JsonType, Serialize(new { status, title, errors }));

    private static string Truncate(string text) => text.Length <= 80 ? text : text[..80] + "…";

    private static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Json) + "\n";

    private static HarvestLinks Links(string baseUrl, string harvestId)
    {
        var root = baseUrl.TrimEnd('/') + "/api/harvests/" + harvestId;
        return new HarvestLinks(root, root + "/results", root + "/results.csv", root + "/report");
    }
}
