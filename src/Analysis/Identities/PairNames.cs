using System.Text.RegularExpressions;

namespace TruckFactor.Analysis.Identities;

/// <summary>
/// Recognises pair-programming identities such as "Corey Johnson &amp; Nathan Sobo": the author field names several
/// people, who share one email made for the pair. Merging through that email would join different people.
/// </summary>
public static partial class PairNames
{
    /// <summary>Splits a name that names several people.</summary>
    /// <param name="name">The author name.</param>
    /// <returns>The people's names in order, or null when the name is one person's.</returns>
    public static IReadOnlyList<string>? Split(string name)
    {
        ArgumentNullException.ThrowIfNull(name);

        if (!Separator().IsMatch(name))
        {
            return null;
        }

        var members = Separator().Split(name).Select(m => m.Trim()).ToList();

        // Each side must read as a name ("Ann & Bob"), not as a fragment ("R&D") or a firm ("Smith & Co").
        return members.Count > 1 && members.All(m =>
                m.Length >= 2 && m.Any(char.IsLetter) && !m.Contains('@') && !FirmWord().IsMatch(m))
            ? members
            : null;
    }

    [GeneratedRegex(
        @"^(co|company|sons|inc|ltd|llc|gmbh)\.?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FirmWord();

    [GeneratedRegex(@"\s+(?:&|\+|and)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();
}
