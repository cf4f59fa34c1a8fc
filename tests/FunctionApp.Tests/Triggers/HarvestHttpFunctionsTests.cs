using System.Text;
using System.Text.RegularExpressions;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TruckFactor.FunctionApp.Tests.Support;
using TruckFactor.FunctionApp.Triggers;
using TruckFactor.Harvest.Api;
using TruckFactor.Harvest.Options;
using TruckFactor.Harvest.Storage;
using TruckFactor.Harvest.Validation;

namespace TruckFactor.FunctionApp.Tests.Triggers;

/// <summary>The HTTP functions: keys, routes against the local host's, and delegation to the shared API.</summary>
public sealed partial class HarvestHttpFunctionsTests
{
    private static readonly IReadOnlyList<(string Name, HttpTriggerAttribute Trigger)> HttpFunctions =
    [
        .. FunctionCatalog.Methods
            .Select(method => (
                Name: FunctionCatalog.NameOf(method),
                Found: FunctionCatalog.Trigger<HttpTriggerAttribute>(method)))
            .Where(function => function.Found is not null)
            .Select(function => (function.Name, function.Found!.Value.Attribute)),
    ];

    [Fact]
    public void HttpFunctions_All_RequireFunctionKey()
    {
        Assert.Equal(6, HttpFunctions.Count);
        Assert.All(HttpFunctions, function => Assert.Equal(AuthorizationLevel.Function, function.Trigger.AuthLevel));
    }

    [Fact]
    public async Task HttpFunctions_RoutesAndMethods_EqualLocalHostRoutes()
    {
        // Independent route: the endpoints the local host's own mapping code produces.
        var expected = await LocalHostRoutes.ReadAsync();
        var prefix = HostJsonTests.Load().GetProperty("extensions").GetProperty("http")
            .GetProperty("routePrefix").GetString();

        var actual = HttpFunctions
            .SelectMany(function => function.Trigger.Methods!
                .Select(method => $"{method.ToUpperInvariant()} {prefix}/{function.Trigger.Route}"))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(6, expected.Count);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void HttpFunctions_RouteParameters_BindToMethodParameters()
    {
        foreach (var method in FunctionCatalog.Methods)
        {
            if (FunctionCatalog.Trigger<HttpTriggerAttribute>(method) is not { } trigger)
            {
                continue;
            }

            var parameters = method.GetParameters().Select(parameter => parameter.Name).ToHashSet();
            foreach (Match match in RouteParameter().Matches(trigger.Attribute.Route!))
            {
                Assert.Contains(match.Groups[1].Value, parameters);
            }
        }
    }

    [Fact]
    public void MaxBytes_Value_EqualsLocalHostCap()
    {
        Assert.Equal(RequestBody.MaxBytes, LocalHostRoutes.MaxBodyBytes());
    }

    [Fact]
    public async Task StartAsync_BodyOverCap_Returns413WithoutSchedulingAsync()
    {
        var http = Request("POST", new byte[RequestBody.MaxBytes + 1]);

        var written = await RunAsync(http, await Functions().StartAsync(http.Request, new UnusedDurableTaskClient()));

        Assert.Equal(413, http.Response.StatusCode);
        Assert.Contains("\"status\":413", written, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_InvalidRequest_Returns400FromHarvestApi()
    {
        var http = Request("POST", Encoding.UTF8.GetBytes("{\"repositories\": 42}"));

        var written = await RunAsync(http, await Functions().StartAsync(http.Request, new UnusedDurableTaskClient()));

        Assert.Equal(400, http.Response.StatusCode);
        Assert.StartsWith("application/json", http.Response.ContentType, StringComparison.Ordinal);
        Assert.Contains("\"errors\"", written, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusAsync_MalformedId_Returns404NamingId()
    {
        var http = Request("GET", []);

        var result = await Functions().StatusAsync(http.Request, new UnusedDurableTaskClient(), "no.such.harvest");
        var written = await RunAsync(http, result);

        Assert.Equal(404, http.Response.StatusCode);
        Assert.Contains("no.such.harvest", written, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResultsCsvAsync_MalformedId_Returns404()
    {
        var http = Request("GET", []);

        var result = await Functions().ResultsCsvAsync(http.Request, new UnusedDurableTaskClient(), "../secrets");
        await RunAsync(http, result);

        Assert.Equal(404, http.Response.StatusCode);
    }

    [Theory]
    [InlineData("../../results/report")]
    [InlineData("github.com/o/n")]
    [InlineData("github.com/o/../../x/report")]
    [InlineData("/report")]
    [InlineData(null)]
    public async Task RepositoryReportAsync_NotAKeyAndReport_Returns404BeforeStorage(string? path)
    {
        // The store behind Functions() is never reached: a path that is not "<key>/report" is refused first.
        var http = Request("GET", []);

        var result = await Functions().RepositoryReportAsync(http.Request, new UnusedDurableTaskClient(), "h1", path);
        var written = await RunAsync(http, result);

        Assert.Equal(404, http.Response.StatusCode);
        Assert.Contains("repositories/<key>/report", written, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportAsync_MalformedId_Returns404()
    {
        var http = Request("GET", []);

        var result = await Functions().ReportAsync(http.Request, new UnusedDurableTaskClient(), "../secrets");
        await RunAsync(http, result);

        Assert.Equal(404, http.Response.StatusCode);
    }

    private static HarvestHttpFunctions Functions()
    {
        // A real API over a store that is never reached: every path tested answers before storage or the hub.
        var container = new BlobContainerClient("UseDevelopmentStorage=true", "unused");
        var store = new HarvestStore(container);
        var api = new HarvestApi(
            Options.Create(new HarvestOptions()),
            new RepositoryUrlPolicy(new RepositoryAccessOptions()),
            store,
            TimeProvider.System);
        return new HarvestHttpFunctions(api, NullLogger<HarvestHttpFunctions>.Instance);
    }

    private static DefaultHttpContext Request(string method, byte[] body)
    {
        var http = new DefaultHttpContext();
        http.Request.Method = method;
        http.Request.Scheme = "https";
        http.Request.Host = new HostString("harvest.example");
        http.Request.Body = new MemoryStream(body);
        http.Response.Body = new MemoryStream();
        return http;
    }

    private static async Task<string> RunAsync(DefaultHttpContext http, IActionResult result)
    {
        await result.ExecuteResultAsync(new ActionContext(http, new RouteData(), new ActionDescriptor()));
        return Encoding.UTF8.GetString(((MemoryStream)http.Response.Body).ToArray());
    }

    // A catch-all parameter ({*repository}) binds by its name without the stars.
    [GeneratedRegex(@"\{\**([A-Za-z0-9_]+)[^}]*\}")]
    private static partial Regex RouteParameter();
}
