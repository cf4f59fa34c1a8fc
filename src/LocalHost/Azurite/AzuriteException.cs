namespace TruckFactor.LocalHost.Azurite;

/// <summary>
/// The Azurite storage emulator could not be installed, found or started. The message says which step failed,
/// quotes the tool's own output where there is any, and says what to do.
/// </summary>
public sealed class AzuriteException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="AzuriteException"/> class.</summary>
    public AzuriteException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="AzuriteException"/> class.</summary>
    /// <param name="message">What failed and what to do.</param>
    public AzuriteException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="AzuriteException"/> class.</summary>
    /// <param name="message">What failed and what to do.</param>
    /// <param name="innerException">The lower-level failure.</param>
    public AzuriteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
