namespace TruckFactor.LocalHost.Sidecar;

/// <summary>Message size limits of the worker's gRPC link to the sidecar.</summary>
internal static class GrpcLimits
{
    /// <summary>
    /// gRPC's default of 4 MB is less than an orchestration input of thousands of long URLs, and a message over the
    /// limit is abandoned and retried for ever; 32 MB holds the largest request the API accepts.
    /// </summary>
    public const int MaxMessageBytes = 32 * 1024 * 1024;
}
