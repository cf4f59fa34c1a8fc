namespace TruckFactor.Harvest.Mining;

/// <summary>
/// A fault of the harvest's storage while mining a repository. It is not the repository's fault, so it is not
/// recorded as a failed outcome: it fails the activity, which the Transient policy retries.
/// </summary>
public sealed class HarvestStorageException : Exception
{
    /// <summary>Creates the exception.</summary>
    public HarvestStorageException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What failed.</param>
    public HarvestStorageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception around the storage client's exception.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The storage client's exception.</param>
    public HarvestStorageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Runs a storage call, turning whatever it throws (the SDK throws several types once its own
    /// retries are spent) into this exception.</summary>
    /// <typeparam name="T">The call's result.</typeparam>
    /// <param name="call">The storage call.</param>
    /// <returns>The call's result.</returns>
    public static async Task<T> GuardAsync<T>(Func<Task<T>> call)
    {
        ArgumentNullException.ThrowIfNull(call);

        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or HarvestStorageException))
        {
            throw new HarvestStorageException("The harvest's blob storage failed: " + ex.Message, ex);
        }
    }
}
