using System.Globalization;
using Microsoft.AspNetCore.Http;
using TruckFactor.Harvest.Api;

namespace TruckFactor.LocalHost.Api;

/// <summary>Writes an <see cref="ApiResponse"/> as it is: status, headers and body.</summary>
internal sealed class ApiResponseResult : IResult
{
    private readonly ApiResponse _response;

    public ApiResponseResult(ApiResponse response)
    {
        _response = response;
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = _response.StatusCode;
        response.ContentType = _response.ContentType;
        if (_response.Location is not null)
        {
            response.Headers.Location = _response.Location;
        }

        if (_response.RetryAfterSeconds is { } seconds)
        {
            response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        await response.WriteAsync(_response.Body, httpContext.RequestAborted).ConfigureAwait(false);
    }
}
