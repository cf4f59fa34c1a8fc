namespace TruckFactor.Analysis.Errors;

/// <summary>The repository cannot be read whole: an object is corrupt, or missing where git needs it.</summary>
public sealed class DamagedRepositoryException : TruckFactorException
{
    /// <summary>Initializes a new instance of the <see cref="DamagedRepositoryException"/> class.</summary>
    public DamagedRepositoryException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DamagedRepositoryException"/> class.</summary>
    /// <param name="message">What went wrong and what to do, naming the input.</param>
    public DamagedRepositoryException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DamagedRepositoryException"/> class.</summary>
    /// <param name="message">What went wrong and what to do, naming the input.</param>
    /// <param name="innerException">The lower-level failure.</param>
    public DamagedRepositoryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
