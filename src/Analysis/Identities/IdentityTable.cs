namespace TruckFactor.Analysis.Identities;

/// <summary>The distinct (name, email) identities of a history, merged into groups as they are registered.</summary>
internal sealed class IdentityTable
{
    private readonly IReadOnlySet<string> _genericNames;
    private readonly bool _ignorePlaceholderEmails;
    private readonly DisjointSet _groups = new();
    private readonly List<(string Name, string Email)> _identities = [];
    private readonly List<int> _commitCounts = [];
    private readonly Dictionary<(string, string), int> _byIdentity = [];
    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);

    public IdentityTable(IReadOnlySet<string> genericNames, bool ignorePlaceholderEmails = false)
    {
        _genericNames = genericNames;
        _ignorePlaceholderEmails = ignorePlaceholderEmails;
    }

    /// <summary>Registers one identity and joins it to others by email (unless told not to) and by name.</summary>
    /// <param name="name">The mapped name.</param>
    /// <param name="email">The mapped email, shown with the identity.</param>
    /// <param name="joinByEmail">False for a pair's shared email, which must not join the pair's people.</param>
    /// <returns>The identity's id.</returns>
    public int Register(string name, string email, bool joinByEmail = true)
    {
        if (_byIdentity.TryGetValue((name, email), out var id))
        {
            _commitCounts[id]++;
            return id;
        }

        id = _groups.Add();
        _identities.Add((name, email));
        _commitCounts.Add(1);
        _byIdentity[(name, email)] = id;
        if (email.Length > 0 && joinByEmail && !(_ignorePlaceholderEmails && GenericEmails.IsGeneric(email)))
        {
            Join(id, "e:" + NameNormalizer.Normalize(email));
        }

        var normalized = NameNormalizer.Normalize(name);
        if (normalized.Length > 0 && !_genericNames.Contains(normalized))
        {
            Join(id, "n:" + normalized);
        }

        return id;
    }

    public int Root(int id) => _groups.Find(id);

    /// <summary>Lists the groups, each as its identity ids in first-seen order, groups by first appearance.</summary>
    public List<List<int>> Groups()
    {
        var byRoot = new Dictionary<int, List<int>>();
        var ordered = new List<List<int>>();
        for (var id = 0; id < _identities.Count; id++)
        {
            var root = _groups.Find(id);
            if (!byRoot.TryGetValue(root, out var members))
            {
                byRoot[root] = members = [];
                ordered.Add(members);
            }

            members.Add(id);
        }

        return ordered;
    }

    /// <summary>Describes a group as a developer, named after its earliest or its most frequent identity.</summary>
    public Developer Describe(List<int> group, int developerId, IdentityOptions options)
    {
        var shown = group[0];
        foreach (var id in options.ReferenceNames ? [] : group)
        {
            shown = _commitCounts[id] > _commitCounts[shown] ? id : shown;
        }

        var (name, email) = _identities[shown];
        var labels = group.ConvertAll(id => $"{_identities[id].Name} <{_identities[id].Email}>");
        var isBot = group.Exists(id => options.Bots.IsBot(_identities[id].Name, _identities[id].Email));

        // An identity without a name is shown by its email, so no developer is ever blank.
        var display = name.Length > 0 ? name : email.Length > 0 ? email : "(anonymous)";
        display = options.ReferenceNames ? NameNormalizer.StripAccents(display) : display;
        return new Developer(developerId, display, email, labels, isBot);
    }

    private void Join(int id, string key)
    {
        if (_byKey.TryGetValue(key, out var other))
        {
            _groups.Union(id, other);
        }
        else
        {
            _byKey[key] = id;
        }
    }
}
