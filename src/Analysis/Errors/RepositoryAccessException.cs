namespace TruckFactor.Analysis.Errors;

/// <summary>
/// The repository cannot be opened or cloned: a missing path, a folder that is not a git repository, or a URL
/// that cannot be reached.
/// </summary>
public sealed class RepositoryAccessException : TruckFactorException
{
    /// <summary>Initializes a new instance of the <see cref="RepositoryAccessException"/> class.</summary>
    public RepositoryAccessException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RepositoryAccessException"/> class.</summary>
    /// <param name="message">What went wrong and what to do, naming the input.</param>
    public RepositoryAccessException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RepositoryAccessException"/> class.</summary>
    /// <param name="message">What went wrong and what to do, naming the input.</param>
    /// <param name="innerException">The lower-level failure.</param>
    public RepositoryAccessException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
