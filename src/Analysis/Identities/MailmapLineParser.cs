namespace TruckFactor.Analysis.Identities;

/// <summary>
/// Reads one line of a mailmap: <c>Proper Name &lt;proper@email&gt; Commit Name &lt;commit@email&gt;</c>, where the
/// proper name, the proper email and the commit name may each be left out.
/// </summary>
internal static class MailmapLineParser
{
    public static bool TryParse(string line, out MailmapLine entry)
    {
        entry = default;

        // Git skips lines that start with '#'; elsewhere '#' may be part of a name, and text after the last '>' is
        // ignored anyway, which is where trailing comments go.
        var text = line.TrimStart();
        if (text.StartsWith('#'))
        {
            return false;
        }

        if (!TryReadPart(text, out var firstName, out var firstEmail, out var rest) || firstEmail is null)
        {
            return false;
        }

        if (!TryReadPart(rest, out var secondName, out var secondEmail, out _) || secondEmail is null)
        {
            // One part only: "Proper Name <commit@email>" maps that email to the name.
            entry = new MailmapLine(NullIfEmpty(firstName), null, null, firstEmail);
            return firstName.Length > 0;
        }

        entry = new MailmapLine(NullIfEmpty(firstName), NullIfEmpty(firstEmail), NullIfEmpty(secondName), secondEmail);
        return true;
    }

    private static bool TryReadPart(string text, out string name, out string? email, out string rest)
    {
        name = string.Empty;
        email = null;
        rest = string.Empty;
        var open = text.IndexOf('<', StringComparison.Ordinal);
        var close = open < 0 ? -1 : text.IndexOf('>', open + 1);
        if (close < 0)
        {
            return false;
        }

        name = text[..open].Trim();
        email = text[(open + 1)..close].Trim();
        rest = text[(close + 1)..];
        return true;
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
