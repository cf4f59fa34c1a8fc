using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using TruckFactor.FunctionApp.Triggers;
using TruckFactor.Harvest.Api;
using TruckFactor.LocalHost.Options;

namespace TruckFactor.FunctionApp.Tests.Triggers;

/// <summary>What the result writes on a bare <see cref="DefaultHttpContext"/>.</summary>
public sealed class ApiResponseActionResultTests
{
    private const string Body = "{\"id\":\"h20260101T000000-0a1b2c3d\",\"repositories\":2}\n";

    [Fact]
    public async Task ExecuteResultAsync_AcceptedWithLinks_WritesStatusHeadersAndBody()
    {
        var response = new ApiResponse(
            202, "application/json; charset=utf-8", Body, "https://h.example/api/harvests/x", 10);

        var http = await ExecuteAsync(new ApiResponseActionResult(response));

        // Expected values are the response's own fields, written out by hand.
        Assert.Equal(202, http.Response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", http.Response.ContentType);
        Assert.Equal("https://h.example/api/harvests/x", http.Response.Headers.Location.ToString());
        Assert.Equal("10", http.Response.Headers.RetryAfter.ToString());
        Assert.Equal(Body, BodyOf(http));
    }

    [Fact]
    public async Task ExecuteResultAsync_NoLocationOrRetry_OmitsThoseHeaders()
    {
        var response = new ApiResponse(200, "text/csv; charset=utf-8", "repository,truckFactor\nr,1\n");

        var http = await ExecuteAsync(new ApiResponseActionResult(response));

        Assert.Equal(200, http.Response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", http.Response.ContentType);
        Assert.False(http.Response.Headers.ContainsKey("Location"));
        Assert.False(http.Response.Headers.ContainsKey("Retry-After"));
        Assert.Equal("repository,truckFactor\nr,1\n", BodyOf(http));
    }

    [Fact]
    public async Task ExecuteResultAsync_AnyResponse_WritesWhatLocalHostWrites()
    {
        // Independent route: the local host's own result type (internal, so created by reflection).
        var response = new ApiResponse(409, "application/json; charset=utf-8", "{\"status\":409}\n", null, 30);
        var localType = typeof(LocalHostOptions).Assembly
            .GetType("TruckFactor.LocalHost.Api.ApiResponseResult", throwOnError: true)!;
        var local = (IResult)Activator.CreateInstance(localType, response)!;
        var expected = NewContext();
        await local.ExecuteAsync(expected);

        var actual = await ExecuteAsync(new ApiResponseActionResult(response));

        Assert.Equal(expected.Response.StatusCode, actual.Response.StatusCode);
        Assert.Equal(
            expected.Response.Headers.OrderBy(header => header.Key).Select(header => $"{header.Key}: {header.Value}"),
            actual.Response.Headers.OrderBy(header => header.Key).Select(header => $"{header.Key}: {header.Value}"));
        Assert.Equal(BodyOf(expected), BodyOf(actual));
    }

    private static async Task<DefaultHttpContext> ExecuteAsync(ApiResponseActionResult result)
    {
        var http = NewContext();
        await result.ExecuteResultAsync(new ActionContext(http, new RouteData(), new ActionDescriptor()));
        return http;
    }

    private static DefaultHttpContext NewContext()
    {
        var http = new DefaultHttpContext();
        http.Response.Body = new MemoryStream();
        return http;
    }

    private static string BodyOf(DefaultHttpContext http) =>
        Encoding.UTF8.GetString(((MemoryStream)http.Response.Body).ToArray());
}
