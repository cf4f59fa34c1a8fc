using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace TruckFactor.Harvest.Api;

/// <summary>Writes an <see cref="ApiResponse"/> to an HTTP response, the one way both hosts answer.</summary>
public static class ApiResponseWriter
{
    /// <summary>Sets status, content type, Location and Retry-After, then writes the body.</summary>
    /// <param name="context">The request's context.</param>
    /// <param name="response">The answer.</param>
    /// <returns>A task that completes when the body is written.</returns>
    public static async Task WriteAsync(HttpContext context, ApiResponse response)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(response);

        var http = context.Response;
        http.StatusCode = response.StatusCode;
        http.ContentType = response.ContentType;
        if (response.Location is not null)
        {
            http.Headers.Location = response.Location;
        }

        if (response.RetryAfterSeconds is { } seconds)
        {
            http.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        await http.WriteAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
    }
}
