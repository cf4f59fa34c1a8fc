namespace TruckFactor.Analysis.Errors;

/// <summary>
/// A repository or request that cannot be analysed, for a reason the user can act on. The message names the
/// input and says what to do; callers show it as it is.
/// </summary>
public class TruckFactorException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="TruckFactorException"/> class.</summary>
    public TruckFactorException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="TruckFactorException"/> class.</summary>
    /// <param name="message">What went wrong and what to do, naming the input.</param>
    public TruckFactorException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="TruckFactorException"/> class.</summary>
    /// <param name="message">What went wrong and what to do, naming the input.</param>
    /// <param name="innerException">The lower-level failure.</param>
    public TruckFactorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
