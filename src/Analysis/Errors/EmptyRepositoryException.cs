namespace TruckFactor.Analysis.Errors;

/// <summary>The repository has no commit to analyse.</summary>
public sealed class EmptyRepositoryException : TruckFactorException
{
    /// <summary>Initializes a new instance of the <see cref="EmptyRepositoryException"/> class.</summary>
    public EmptyRepositoryException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="EmptyRepositoryException"/> class.</summary>
    /// <param name="message">What went wrong and what to do, naming the input.</param>
    public EmptyRepositoryException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="EmptyRepositoryException"/> class.</summary>
    /// <param name="message">What went wrong and what to do, naming the input.</param>
    /// <param name="innerException">The lower-level failure.</param>
    public EmptyRepositoryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
