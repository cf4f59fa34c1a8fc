using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using TruckFactor.FunctionApp.Logging;
using TruckFactor.Harvest.Api;

namespace TruckFactor.FunctionApp.Triggers;

/// <summary>
/// The harvest's HTTP API on the routes the local host maps (the host adds the <c>api</c> prefix); each call asks
/// for a function key and hands the request to <see cref="HarvestApi"/>.
/// </summary>
public sealed class HarvestHttpFunctions
{
    private const string TooLargeBody =
        "{\"status\":413,\"title\":\"The request body is over 4 MiB.\"}\n";

    private readonly HarvestApi _api;
    private readonly ILogger<HarvestHttpFunctions> _logger;

    /// <summary>Creates the functions.</summary>
    /// <param name="api">The host-independent API.</param>
    /// <param name="logger">The logger.</param>
    public HarvestHttpFunctions(HarvestApi api, ILogger<HarvestHttpFunctions> logger)
    {
        _api = api;
        _logger = logger;
    }

    /// <summary>POST /api/harvests: validates the list and starts a harvest.</summary>
    /// <param name="request">The request, whose body is the harvest request.</param>
    /// <param name="client">The durable client.</param>
    /// <returns>202 with the harvest's links, 400 with the problems found, or 413.</returns>
    [Function("StartHarvest")]
    public async Task<IActionResult> StartAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "harvests")] HttpRequest request,
        [DurableClient] DurableTaskClient client)
    {
        ArgumentNullException.ThrowIfNull(request);

        var body = await RequestBody.ReadAsync(request).ConfigureAwait(false);
        if (body is null)
        {
            _logger.RequestBodyTooLarge(request.ContentLength, RequestBody.MaxBytes);
            return new ApiResponseActionResult(new ApiResponse(413, "application/json; charset=utf-8", TooLargeBody));
        }

        var response = await _api.StartAsync(client, body, BaseUrl(request), request.HttpContext.RequestAborted)
            .ConfigureAwait(false);
        return new ApiResponseActionResult(response);
    }

    /// <summary>GET /api/harvests/{id}: the harvest's state and progress.</summary>
    /// <param name="request">The request.</param>
    /// <param name="client">The durable client.</param>
    /// <param name="id">The harvest id.</param>
    /// <returns>200 with the status, or 404.</returns>
    [Function("GetHarvestStatus")]
    public async Task<IActionResult> StatusAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "harvests/{id}")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string id)
    {
        ArgumentNullException.ThrowIfNull(request);

        var response = await _api.StatusAsync(client, id, BaseUrl(request), request.HttpContext.RequestAborted)
            .ConfigureAwait(false);
        return new ApiResponseActionResult(response);
    }

    /// <summary>GET /api/harvests/{id}/results: results.json once the harvest has finished.</summary>
    /// <param name="request">The request.</param>
    /// <param name="client">The durable client.</param>
    /// <param name="id">The harvest id.</param>
    /// <returns>200 with the results, 409 while the harvest runs, or 404.</returns>
    [Function("GetHarvestResults")]
    public async Task<IActionResult> ResultsAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "harvests/{id}/results")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string id)
    {
        ArgumentNullException.ThrowIfNull(request);

        var response = await _api.ResultsAsync(client, id, csv: false, request.HttpContext.RequestAborted)
            .ConfigureAwait(false);
        return new ApiResponseActionResult(response);
    }

    /// <summary>GET /api/harvests/{id}/results.csv: results.csv once the harvest has finished.</summary>
    /// <param name="request">The request.</param>
    /// <param name="client">The durable client.</param>
    /// <param name="id">The harvest id.</param>
    /// <returns>200 with the CSV, 409 while the harvest runs, or 404.</returns>
    [Function("GetHarvestResultsCsv")]
    public async Task<IActionResult> ResultsCsvAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "harvests/{id}/results.csv")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string id)
    {
        ArgumentNullException.ThrowIfNull(request);

        var response = await _api.ResultsAsync(client, id, csv: true, request.HttpContext.RequestAborted)
            .ConfigureAwait(false);
        return new ApiResponseActionResult(response);
    }

    /// <summary>GET /api/harvests/{id}/report: the harvest's HTML page once the harvest has finished.</summary>
    /// <param name="request">The request.</param>
    /// <param name="client">The durable client.</param>
    /// <param name="id">The harvest id.</param>
    /// <returns>200 with the page, 409 while the harvest runs, or 404.</returns>
    [Function("GetHarvestReport")]
    public async Task<IActionResult> ReportAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "harvests/{id}/report")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string id)
    {
        ArgumentNullException.ThrowIfNull(request);

        var response = await _api.ReportAsync(client, id, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return new ApiResponseActionResult(response);
    }

    /// <summary>GET /api/harvests/{id}/repositories/{key}/report: a repository's HTML page.</summary>
    /// <param name="request">The request.</param>
    /// <param name="client">The durable client.</param>
    /// <param name="id">The harvest id.</param>
    /// <param name="repository">The rest of the path: the repository's key (it has slashes) and /report.</param>
    /// <returns>200 with the page, 409 while the harvest runs, or 404.</returns>
    [Function("GetRepositoryReport")]
    public async Task<IActionResult> RepositoryReportAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "harvests/{id}/repositories/{*repository}")]
        HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string id,
        string? repository)
    {
        ArgumentNullException.ThrowIfNull(request);

        var response = await _api.RepositoryReportAsync(client, id, repository, request.HttpContext.RequestAborted)
            .ConfigureAwait(false);
        return new ApiResponseActionResult(response);
    }

    // ASP.NET Core integration applies the host's X-Forwarded-* headers, so this is the address the caller used.
    private static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}";
}
