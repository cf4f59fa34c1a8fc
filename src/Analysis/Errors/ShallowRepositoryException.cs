namespace TruckFactor.Analysis.Errors;

/// <summary>
/// The repository is a shallow clone: its boundary commit would appear to add every file, so its truck factor
/// would be meaningless.
/// </summary>
public sealed class ShallowRepositoryException : TruckFactorException
{
    /// <summary>Initializes a new instance of the <see cref="ShallowRepositoryException"/> class.</summary>
    public ShallowRepositoryException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ShallowRepositoryException"/> class.</summary>
    /// <param name="message">What went wrong and what to do, naming the input.</param>
    public ShallowRepositoryException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ShallowRepositoryException"/> class.</summary>
    /// <param name="message">What went wrong and what to do, naming the input.</param>
    /// <param name="innerException">The lower-level failure.</param>
    public ShallowRepositoryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
