namespace TruckFactor.Analysis.Mining.Raw;

/// <summary>A commit or tree the raw miner needs is not in the object database (a partial or damaged clone).</summary>
internal sealed class MissingObjectException : Exception
{
    public MissingObjectException()
    {
    }

    public MissingObjectException(string message)
        : base(message)
    {
    }

    public MissingObjectException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
