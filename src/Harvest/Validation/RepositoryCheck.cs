namespace TruckFactor.Harvest.Validation;

/// <summary>The verdict of <see cref="RepositoryUrlPolicy"/> on one repository entry of a request.</summary>
/// <param name="Entry">The entry as the request gave it.</param>
/// <param name="Normalized">The canonical URL or full path to harvest, or null when the entry is refused.</param>
/// <param name="Error">
/// Why the entry is refused and what to do instead, or null when it is allowed. It never quotes a password.
/// </param>
public sealed record RepositoryCheck(string Entry, string? Normalized, string? Error)
{
    /// <summary>Gets a value indicating whether the entry may be harvested.</summary>
    public bool IsAllowed => Error is null;
}
