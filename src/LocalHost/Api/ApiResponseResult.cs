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
        await ApiResponseWriter.WriteAsync(httpContext, _response).ConfigureAwait(false);
    }
}
