using System.Text;

namespace TruckFactor.Analysis.Mining.Raw;

/// <summary>
/// Turns UTF-8 bytes into strings once per distinct value: a history names the same few thousand paths and
/// authors again and again, so the log shares one string for each. Bytes that are not UTF-8 become U+FFFD, as in
/// LibGit2Sharp's strings.
/// </summary>
internal sealed class Utf8StringTable
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private char[] _chars = new char[256];

    public Utf8StringTable()
    {
        _bySpan = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Get(ReadOnlySpan<byte> utf8)
    {
        var needed = Encoding.UTF8.GetMaxCharCount(utf8.Length);
        if (_chars.Length < needed)
        {
            _chars = new char[Math.Max(needed, _chars.Length * 2)];
        }

        var chars = _chars.AsSpan(0, Encoding.UTF8.GetChars(utf8, _chars));
        if (_bySpan.TryGetValue(chars, out var text))
        {
            return text;
        }

        text = new string(chars);
        _strings[text] = text;
        return text;
    }

    public string Get(string text) => _strings.TryGetValue(text, out var known) ? known : _strings[text] = text;
}
