namespace TruckFactor.Analysis.Identities;

/// <summary>
/// A parsed <c>.mailmap</c> (git's format): maps the name and email written in commits to canonical ones.
/// Emails and names are compared case-insensitively, as git does.
/// </summary>
public sealed class Mailmap
{
    private readonly Dictionary<string, MailmapTarget> _byEmail = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(string Name, string Email), MailmapTarget> _byNameAndEmail =
        new(NameEmailComparer.Instance);

    /// <summary>Gets a mailmap that maps nothing.</summary>
    public static Mailmap Empty { get; } = new();

    /// <summary>Gets the number of entries read.</summary>
    public int Count => _byEmail.Count + _byNameAndEmail.Count;

    /// <summary>Parses mailmap text; lines that do not fit the format are ignored, as git ignores them.</summary>
    /// <param name="text">The file's content; null gives an empty map.</param>
    /// <returns>The parsed map.</returns>
    public static Mailmap Parse(string? text)
    {
        var mailmap = new Mailmap();
        mailmap.Add(text);
        return mailmap;
    }

    /// <summary>Adds the entries of more mailmap text; later entries win over earlier ones.</summary>
    /// <param name="text">The text to read; null adds nothing.</param>
    public void Add(string? text)
    {
        foreach (var line in (text ?? string.Empty).Split('\n'))
        {
            if (MailmapLineParser.TryParse(line, out var entry))
            {
                var target = new MailmapTarget(entry.ProperName, entry.ProperEmail);
                if (entry.CommitName is null)
                {
                    _byEmail[entry.CommitEmail] = Merge(_byEmail.GetValueOrDefault(entry.CommitEmail), target);
                }
                else
                {
                    var key = (entry.CommitName, entry.CommitEmail);
                    _byNameAndEmail[key] = Merge(_byNameAndEmail.GetValueOrDefault(key), target);
                }
            }
        }
    }

    /// <summary>Maps an identity written in a commit to its canonical form.</summary>
    /// <param name="name">The name in the commit.</param>
    /// <param name="email">The email in the commit.</param>
    /// <returns>The canonical name and email; unchanged parts where the map says nothing.</returns>
    public (string Name, string Email) Map(string name, string email)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(email);

        // A rule naming both the commit's name and email is more specific than one naming the email alone.
        if (!_byNameAndEmail.TryGetValue((name, email), out var target) && !_byEmail.TryGetValue(email, out target))
        {
            return (name, email);
        }

        return (target.Name ?? name, target.Email ?? email);
    }

    private static MailmapTarget Merge(MailmapTarget? earlier, MailmapTarget later)
    {
        // Git keeps a name from one line and an email from another when each line gives only one of them.
        return earlier is null ? later : new MailmapTarget(later.Name ?? earlier.Name, later.Email ?? earlier.Email);
    }
}
