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

        await ApiResponseWriter.WriteAsync(context.HttpContext, Response).ConfigureAwait(false);
    }
}
