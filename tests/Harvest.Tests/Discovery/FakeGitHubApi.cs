using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TruckFactor.Harvest.Tests.Discovery;

/// <summary>
/// A stand-in for the GitHub REST API on 127.0.0.1 (a free port), answering in GitHub's documented shapes: search
/// results under <c>items</c> with <c>total_count</c>, account lists as bare arrays, pages linked by a Link header.
/// </summary>
internal sealed class FakeGitHubApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private FakeGitHubApi(WebApplication app)
    {
        _app = app;
    }

    public string BaseUrl => _app.Urls.First();

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<FakeGitHubApi> StartAsync(Func<HttpContext, int, Task> handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var api = new FakeGitHubApi(app);
        app.Run(async context =>
        {
            var request = context.Request;
            var index = api._requests.Count;
            api._requests.Enqueue(new RecordedRequest(
                request.Path + request.QueryString,
                request.Query.TryGetValue("q", out var q) ? q.ToString() : null,
                Header(request, "Authorization"),
                Header(request, "Accept"),
                Header(request, "X-GitHub-Api-Version"),
                Header(request, "User-Agent"),
                DateTimeOffset.UtcNow));
            await handler(context, index).ConfigureAwait(false);
        });
        await app.StartAsync().ConfigureAwait(false);
        return api;
    }

    public static Dictionary<string, object> Repository(string fullName, bool fork = false, bool archived = false)
    {
        return new Dictionary<string, object>
        {
            ["full_name"] = fullName,
            ["html_url"] = "https://github.com/" + fullName,
            ["clone_url"] = "https://github.com/" + fullName + ".git",
            ["fork"] = fork,
            ["archived"] = archived,
            ["stargazers_count"] = 10,
        };
    }

    /// <summary>Writes one page; <paramref name="next"/> becomes the Link header's next URL.</summary>
    public static Task WritePageAsync(
        HttpContext context,
        IEnumerable<Dictionary<string, object>> items,
        string? next,
        bool search = true)
    {
        if (next is not null)
        {
            context.Response.Headers["Link"] = $"<{next}>; rel=\"next\", <{next}&last=1>; rel=\"last\"";
        }

        var list = items.ToList();
        object body = search
            ? new Dictionary<string, object>
            {
                ["total_count"] = 1000, ["incomplete_results"] = false, ["items"] = list,
            }
            : list;
        return WriteJsonAsync(context, 200, body);
    }

    public static Task WriteJsonAsync(HttpContext context, int status, object body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static string? Header(HttpRequest request, string name)
    {
        return request.Headers.TryGetValue(name, out var value) ? value.ToString() : null;
    }
}
