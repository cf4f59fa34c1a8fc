namespace TruckFactor.Analysis.Mining.Raw;

/// <summary>Reads blobs straight from libgit2's object database for rename scoring, without copying them.</summary>
internal sealed class RawBlobSource : IBlobSource
{
    private readonly RawObjectDatabase _objects;

    public RawBlobSource(RawObjectDatabase objects)
    {
        _objects = objects;
    }

    public long? Size(ObjectKey id) => _objects.Size(id);

    public SpanHash? Fingerprint(ObjectKey id)
    {
        if (!_objects.TryRead(id, out var found))
        {
            return null;
        }

        using var blob = found;
        return SpanHash.Compute(blob.Data);
    }
}
