namespace TruckFactor.Analysis.Identities;

/// <summary>
/// Recognises placeholder emails that many strangers commit under (<c>root@localhost</c>, <c>you@example.com</c>,
/// <c>none@none</c>, <c>noreply@github.com</c>, anything at <c>localhost</c> or <c>(none)</c>): like generic names,
/// they must not merge people.
/// </summary>
public static class GenericEmails
{
    private static readonly HashSet<string> Domains = new(StringComparer.OrdinalIgnoreCase)
    {
        "localhost", "localhost.localdomain", "(none)", "none", "unknown",
    };

    private static readonly HashSet<string> Addresses = new(StringComparer.OrdinalIgnoreCase)
    {
        "noreply@github.com", "no-reply@github.com", "noreply@gitlab.com", "none", "unknown", "(none)",
        "you@example.com", "your@email.com", "your.email@example.com", "email@example.com", "user@example.com",
        "name@example.com", "john@doe.com", "test@test.com",
    };

    /// <summary>Tells whether an email is a placeholder shared by strangers.</summary>
    /// <param name="email">The email as written.</param>
    /// <returns>True for a placeholder.</returns>
    public static bool IsGeneric(string email)
    {
        ArgumentNullException.ThrowIfNull(email);

        var trimmed = email.Trim();
        var at = trimmed.LastIndexOf('@');
        return Addresses.Contains(trimmed) || (at >= 0 && Domains.Contains(trimmed[(at + 1)..]));
    }
}
