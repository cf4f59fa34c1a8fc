namespace TruckFactor.FunctionApp.Storage;

/// <summary>The app's storage setting is missing or malformed; the message names the setting to fix.</summary>
public sealed class StorageSettingException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StorageSettingException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and which setting to change.</param>
    public StorageSettingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and which setting to change.</param>
    /// <param name="innerException">The parsing error.</param>
    public StorageSettingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
