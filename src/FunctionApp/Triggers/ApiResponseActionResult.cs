using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using TruckFactor.Harvest.Api;

namespace TruckFactor.FunctionApp.Triggers;

/// <summary>
/// Writes an <see cref="ApiResponse"/> as it is (status, content type, Location, Retry-After, body), so the
/// Functions app answers byte for byte like the local host.
/// </summary>
public sealed class ApiResponseActionResult : IActionResult
{
    /// <summary>Creates the result.</summary>
    /// <param name="response">The response to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is null.</exception>
    public ApiResponseActionResult(ApiResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Response = response;
    }

    /// <summary>The response this result writes.</summary>
    public ApiResponse Response { get; }

    /// <inheritdoc />
    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var http = context.HttpContext.Response;
        http.StatusCode = Response.StatusCode;
        http.ContentType = Response.ContentType;
        if (Response.Location is not null)
        {
            http.Headers.Location = Response.Location;
        }

        if (Response.RetryAfterSeconds is { } seconds)
        {
            http.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        await http.WriteAsync(Response.Body, context.HttpContext.RequestAborted).ConfigureAwait(false);
    }
}
