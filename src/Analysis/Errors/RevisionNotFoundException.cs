namespace TruckFactor.Analysis.Errors;

/// <summary>The requested revision or date names no commit of the repository.</summary>
public sealed class RevisionNotFoundException : TruckFactorException
{
    /// <summary>Initializes a new instance of the <see cref="RevisionNotFoundException"/> class.</summary>
    public RevisionNotFoundException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RevisionNotFoundException"/> class.</summary>
    /// <param name="message">What went wrong and what to do, naming the input.</param>
    public RevisionNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RevisionNotFoundException"/> class.</summary>
    /// <param name="message">What went wrong and what to do, naming the input.</param>
    /// <param name="innerException">The lower-level failure.</param>
    public RevisionNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
