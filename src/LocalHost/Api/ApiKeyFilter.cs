using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using TruckFactor.Harvest.Api;

namespace TruckFactor.LocalHost.Api;

/// <summary>
/// Asks for the API key the way Azure Functions asks for a function key: the <c>x-functions-key</c> header or the
/// <c>code</c> query parameter. Compared in constant time; never logged.
/// </summary>
internal sealed class ApiKeyFilter : IEndpointFilter
{
    public const string HeaderName = "x-functions-key";

    private readonly byte[] _key;

    public ApiKeyFilter(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        _key = Encoding.UTF8.GetBytes(key);
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);

        var request = context.HttpContext.Request;
        string? given = request.Headers[HeaderName];
        given ??= request.Query["code"];
        if (given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), _key))
        {
            return await next(context).ConfigureAwait(false);
        }

        return new ApiResponseResult(new ApiResponse(
            401,
            "application/json; charset=utf-8",
            "{\"status\":401,\"title\":\"An API key is required.\",\"errors\":[\"Send the key in the x-functions-key "
            + "header or the code query parameter; truckfactor serve prints where its key file is.\"]}\n"));
    }
}
