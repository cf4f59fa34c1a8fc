using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using TruckFactor.Harvest.Api;
using TruckFactor.LocalHost.Options;

namespace TruckFactor.FunctionApp.Tests.Support;

/// <summary>
/// The routes the local host serves, read from the endpoints its own <c>MapHarvestApi</c> maps. The method is
/// internal to TruckFactor.LocalHost, which grants its internals to another test project only, so it is called by
/// reflection; a renamed method fails here loudly rather than silently skipping the comparison.
/// </summary>
internal static class LocalHostRoutes
{
    private const string EndpointsType = "TruckFactor.LocalHost.Api.HarvestEndpoints";
    private const string MapMethod = "MapHarvestApi";

    /// <summary>Each route as "METHOD pattern", such as "GET api/harvests/{id}", without a leading slash.</summary>
    /// <returns>The routes in ordinal order.</returns>
    public static async Task<IReadOnlyList<string>> ReadAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();

        // Registered so the endpoints' parameters are bound as services; never resolved, as no request is made.
        builder.Services.AddSingleton<HarvestApi>(_ => throw new NotSupportedException());
        builder.Services.AddSingleton<DurableTaskClient>(_ => throw new NotSupportedException());
        await using var app = builder.Build();

        var map = typeof(LocalHostOptions).Assembly.GetType(EndpointsType, throwOnError: true)!
            .GetMethod(MapMethod, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new MissingMethodException(EndpointsType, MapMethod);
        map.Invoke(null, [app, "test-key"]);

        return
        [
            .. ((IEndpointRouteBuilder)app).DataSources
                .SelectMany(source => source.Endpoints)
                .OfType<RouteEndpoint>()
                .SelectMany(endpoint => endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods
                    .Select(method => $"{method.ToUpperInvariant()} {endpoint.RoutePattern.RawText!.TrimStart('/')}"))
                .Order(StringComparer.Ordinal),
        ];
    }

    /// <summary>The local host's body cap, a private constant of the same endpoints class.</summary>
    /// <returns>The cap in bytes.</returns>
    public static int MaxBodyBytes()
    {
        var field = typeof(LocalHostOptions).Assembly.GetType(EndpointsType, throwOnError: true)!
            .GetField("MaxBodyBytes", BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new MissingFieldException(EndpointsType, "MaxBodyBytes");
        return (int)field.GetRawConstantValue()!;
    }
}
