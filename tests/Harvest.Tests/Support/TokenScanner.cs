using System.Text;

namespace TruckFactor.Harvest.Tests.Support;

/// <summary>
/// Searches text for a token as itself, URL-escaped, and base64-encoded alone or in git's Basic credentials
/// (<c>x-access-token:TOKEN</c>), the forms in which a leak would show.
/// </summary>
internal sealed class TokenScanner
{
    private readonly (string Form, string Text)[] _forms;

    public TokenScanner(string token)
    {
        // A token of letters and digits escapes to itself; each distinct text is searched once.
        (string Form, string Text)[] forms =
        [
            ("plain", token),
            ("url-escaped", Uri.EscapeDataString(token)),
            ("base64", Convert.ToBase64String(Encoding.UTF8.GetBytes(token))),
            ("basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("x-access-token:" + token))),
        ];
        _forms = [.. forms.DistinctBy(form => form.Text)];
    }

    /// <summary>Every form found, as "place: form"; case is ignored because blob names are lower-cased.</summary>
    public IEnumerable<string> Find(string place, string text) =>
        _forms.Where(form => text.Contains(form.Text, StringComparison.OrdinalIgnoreCase))
            .Select(form => $"{place}: {form.Form}");

    /// <summary>Every form found in a file's bytes, read as Latin-1 so binary files are searched too.</summary>
    public IEnumerable<string> FindInBytes(string place, byte[] bytes) => Find(place, Encoding.Latin1.GetString(bytes));
}
