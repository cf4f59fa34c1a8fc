namespace TruckFactor.Harvest.Api;

/// <summary>An HTTP answer both hosts send as it is, so the Functions app and the local host answer alike.</summary>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="ContentType">The body's MIME type.</param>
/// <param name="Body">The body text.</param>
/// <param name="Location">The Location header, when there is one.</param>
/// <param name="RetryAfterSeconds">The Retry-After header, when there is one.</param>
public sealed record ApiResponse(
    int StatusCode,
    string ContentType,
    string Body,
    string? Location = null,
    int? RetryAfterSeconds = null);
