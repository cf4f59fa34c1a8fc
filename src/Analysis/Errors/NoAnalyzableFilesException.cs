namespace TruckFactor.Analysis.Errors;

/// <summary>
/// The analysed commit has no file with a history record left to analyse (after filtering), so no truck factor
/// exists.
/// </summary>
public sealed class NoAnalyzableFilesException : TruckFactorException
{
    /// <summary>Initializes a new instance of the <see cref="NoAnalyzableFilesException"/> class.</summary>
    public NoAnalyzableFilesException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="NoAnalyzableFilesException"/> class.</summary>
    /// <param name="message">What went wrong and what to do, naming the input.</param>
    public NoAnalyzableFilesException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="NoAnalyzableFilesException"/> class.</summary>
    /// <param name="message">What went wrong and what to do, naming the input.</param>
    /// <param name="innerException">The lower-level failure.</param>
    public NoAnalyzableFilesException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
