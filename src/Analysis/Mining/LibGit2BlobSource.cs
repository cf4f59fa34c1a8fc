using LibGit2Sharp;
using TruckFactor.Analysis.Mining.Raw;

namespace TruckFactor.Analysis.Mining;

/// <summary>Reads blobs through LibGit2Sharp's object model, the route of <see cref="GitHistoryMiner"/>.</summary>
internal sealed class LibGit2BlobSource : IBlobSource
{
    private readonly Repository _repository;

    public LibGit2BlobSource(Repository repository)
    {
        _repository = repository;
    }

    public long? Size(ObjectKey id)
    {
        try
        {
            return _repository.ObjectDatabase.RetrieveObjectMetadata(ToObjectId(id)).Size;
        }
        catch (LibGit2SharpException)
        {
            return null;
        }
    }

    public SpanHash? Fingerprint(ObjectKey id)
    {
        try
        {
            var blob = _repository.Lookup<Blob>(ToObjectId(id));
            if (blob is null)
            {
                return null;
            }

            using var stream = blob.GetContentStream();
            using var buffer = new MemoryStream((int)blob.Size);
            stream.CopyTo(buffer);
            return SpanHash.Compute(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        }
        catch (LibGit2SharpException)
        {
            return null;
        }
    }

    private static ObjectId ToObjectId(ObjectKey id)
    {
        var raw = new byte[ObjectKey.Length];
        id.CopyTo(raw);
        return new ObjectId(raw);
    }
}
