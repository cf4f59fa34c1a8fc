using System.Globalization;
using System.Text;

namespace TruckFactor.Analysis.Identities;

/// <summary>Normalises names for comparison: accents stripped, case folded, white space trimmed.</summary>
public static class NameNormalizer
{
    /// <summary>Returns the comparison form of <paramref name="name"/>.</summary>
    /// <param name="name">A person's name as written.</param>
    /// <returns>The name without diacritics, in lower case.</returns>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return StripAccents(name).Trim().ToLowerInvariant();
    }

    /// <summary>Removes diacritical marks ("José" becomes "Jose").</summary>
    /// <param name="text">The text to strip.</param>
    /// <returns>The text without combining marks.</returns>
    public static string StripAccents(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Ł and ł have no Unicode decomposition; they are stripped by hand, as commons-lang3 (the reference) does.
        var decomposed = text.Replace('\u0141', 'L').Replace('\u0142', 'l').Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
