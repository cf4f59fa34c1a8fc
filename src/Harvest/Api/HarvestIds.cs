using System.Security.Cryptography;

namespace TruckFactor.Harvest.Api;

/// <summary>Harvest ids: "h" followed by the UTC date and time and a random suffix, sortable by submission.</summary>
public static class HarvestIds
{
    private const int RandomLength = 8;

    /// <summary>A new id, such as h20261204T171830-3f9c0a1b.</summary>
    /// <returns>The id.</returns>
    public static string New()
    {
        var suffix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(RandomLength / 2));
        return "h" + DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss", System.Globalization.CultureInfo.InvariantCulture)
            + "-" + suffix;
    }

    /// <summary>
    /// Whether <paramref name="id"/> has the shape of an id: letters, digits and dashes only, so it is safe in blob
    /// names and instance queries.
    /// </summary>
    /// <param name="id">The text from the URL.</param>
    /// <returns>True when it could be an id.</returns>
    public static bool IsValid(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
