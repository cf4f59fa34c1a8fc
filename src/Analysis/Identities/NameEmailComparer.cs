namespace TruckFactor.Analysis.Identities;

/// <summary>Compares (name, email) pairs case-insensitively, as git's mailmap lookup does.</summary>
internal sealed class NameEmailComparer : IEqualityComparer<(string Name, string Email)>
{
    public static NameEmailComparer Instance { get; } = new();

    public bool Equals((string Name, string Email) x, (string Name, string Email) y)
    {
        return StringComparer.OrdinalIgnoreCase.Equals(x.Name, y.Name)
            && StringComparer.OrdinalIgnoreCase.Equals(x.Email, y.Email);
    }

    public int GetHashCode((string Name, string Email) obj)
    {
        return HashCode.Combine(
            StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Name),
            StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Email));
    }
}
