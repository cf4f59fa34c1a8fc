using System.Text;
using Microsoft.AspNetCore.Http;

namespace TruckFactor.FunctionApp.Triggers;

/// <summary>Reads a request body as UTF-8 text up to a size cap.</summary>
internal static class RequestBody
{
    /// <summary>
    /// The largest body accepted, as on the local host: a list of five thousand URLs is well under a megabyte,
    /// so anything far larger is a mistake or an attack.
    /// </summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    /// <summary>Reads the body, or returns null as soon as it is known to exceed <paramref name="maxBytes"/>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="maxBytes">The cap in bytes.</param>
    /// <returns>The text, or null when the body is too large.</returns>
    public static async Task<string?> ReadAsync(HttpRequest request, int maxBytes = MaxBytes)
    {
        ArgumentNullException.ThrowIfNull(request);

        // A declared length is checked first so an oversized upload is refused before any of it is read.
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)
            .ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
