using Microsoft.Extensions.Logging;

namespace TruckFactor.FunctionApp.Logging;

/// <summary>The Functions app's log messages; event ids 5000–5099.</summary>
internal static partial class FunctionAppLog
{
    [LoggerMessage(
        5000,
        LogLevel.Warning,
        "Refused a harvest request body over {MaxBytes} bytes (declared length {ContentLength})")]
    public static partial void RequestBodyTooLarge(this ILogger logger, long? contentLength, int maxBytes);

    [LoggerMessage(
        5001,
        LogLevel.Information,
        "Harvest blobs use storage account {BlobServiceUri} through an Entra ID credential")]
    public static partial void UsingIdentityStorage(this ILogger logger, Uri blobServiceUri);
}
