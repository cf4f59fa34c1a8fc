using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.DurableTask.Client;
using TruckFactor.Harvest.Api;

namespace TruckFactor.LocalHost.Api;

/// <summary>Maps the harvest API on the same routes the Functions app serves.</summary>
internal static class HarvestEndpoints
{
    // A list of five thousand URLs is well under a megabyte; anything far larger is a mistake or an attack.
    private const int MaxBodyBytes = 4 * 1024 * 1024;

    public static void MapHarvestApi(this IEndpointRouteBuilder endpoints, string apiKey)
    {
        var api = endpoints.MapGroup("/api").AddEndpointFilter(new ApiKeyFilter(apiKey));

        api.MapPost("/harvests", async (HttpRequest request, HarvestApi harvest, DurableTaskClient client) =>
        {
            var body = await ReadBodyAsync(request).ConfigureAwait(false);
            if (body is null)
            {
                return Results.Json(new { status = 413, title = "The request body is over 4 MiB." }, statusCode: 413);
            }

            var response = await harvest.StartAsync(client, body, BaseUrl(request), request.HttpContext.RequestAborted)
                .ConfigureAwait(false);
            return new ApiResponseResult(response);
        });
        api.MapGet(
            "/harvests/{id}",
            async (string id, HttpRequest request, HarvestApi harvest, DurableTaskClient client) =>
                new ApiResponseResult(await harvest
                    .StatusAsync(client, id, BaseUrl(request), request.HttpContext.RequestAborted)
                    .ConfigureAwait(false)));
        api.MapGet(
            "/harvests/{id}/results",
            async (string id, HttpContext http, HarvestApi harvest, DurableTaskClient client) =>
                new ApiResponseResult(await harvest.ResultsAsync(client, id, csv: false, http.RequestAborted)
                    .ConfigureAwait(false)));
        api.MapGet(
            "/harvests/{id}/results.csv",
            async (string id, HttpContext http, HarvestApi harvest, DurableTaskClient client) =>
                new ApiResponseResult(await harvest.ResultsAsync(client, id, csv: true, http.RequestAborted)
                    .ConfigureAwait(false)));
        api.MapGet(
            "/harvests/{id}/report",
            async (string id, HttpContext http, HarvestApi harvest, DurableTaskClient client) =>
                new ApiResponseResult(await harvest.ReportAsync(client, id, http.RequestAborted)
                    .ConfigureAwait(false)));

        // A catch-all, because a repository's key has slashes (github.com/owner/name); HarvestApi checks it.
        api.MapGet(
            "/harvests/{id}/repositories/{*repository}",
            async (string id, string? repository, HttpContext http, HarvestApi harvest, DurableTaskClient client) =>
                new ApiResponseResult(await harvest.RepositoryReportAsync(client, id, repository, http.RequestAborted)
                    .ConfigureAwait(false)));
    }

    private static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}";

    private static async Task<string?> ReadBodyAsync(HttpRequest request)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var reader = new StreamReader(request.Body);
        var text = new System.Text.StringBuilder();
        var chunk = new char[16 * 1024];
        int read;
        while ((read = await reader.ReadAsync(chunk, request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
        {
            text.Append(chunk, 0, read);
            if (text.Length > MaxBodyBytes)
            {
                return null;
            }
        }

        return text.ToString();
    }
}
