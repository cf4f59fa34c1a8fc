using TruckFactor.Analysis.Mining.Raw;

namespace TruckFactor.Analysis.Mining;

/// <summary>Where rename detection reads blob sizes and contents from.</summary>
internal interface IBlobSource
{
    /// <summary>Returns the blob's size in bytes, or null when the blob is missing.</summary>
    long? Size(ObjectKey id);

    /// <summary>Returns the blob's content fingerprint, or null when the blob is missing.</summary>
    SpanHash? Fingerprint(ObjectKey id);
}
