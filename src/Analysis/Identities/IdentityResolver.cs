using TruckFactor.Analysis.Mining;

namespace TruckFactor.Analysis.Identities;

/// <summary>
/// Turns commit authors into developers: applies .mailmap and the alias file, then merges identities that share
/// an email (case-insensitive) or a normalised name, transitively, as the reference tool does.
/// </summary>
public static class IdentityResolver
{
    /// <summary>Resolves the author of every commit.</summary>
    /// <param name="commits">The commits, in history order.</param>
    /// <param name="mailmap">The repository's mailmap.</param>
    /// <param name="options">Generic names, bot handling and aliases.</param>
    /// <returns>The developers and the developer of each commit.</returns>
    public static IdentityMap Resolve(IReadOnlyList<CommitRecord> commits, Mailmap mailmap, IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(commits);
        ArgumentNullException.ThrowIfNull(mailmap);
        ArgumentNullException.ThrowIfNull(options);

        var aliases = Mailmap.Parse(options.Aliases);
        var table = new IdentityTable(options.GenericNames);
        var identityOfCommit = new int[commits.Count];
        for (var i = 0; i < commits.Count; i++)
        {
            var (name, email) = mailmap.Map(commits[i].AuthorName.Trim(), commits[i].AuthorEmail.Trim());
            (name, email) = aliases.Map(name, email);
            identityOfCommit[i] = table.Register(name, email);
        }

        return Build(table, identityOfCommit, options);
    }

    private static IdentityMap Build(IdentityTable table, int[] identityOfCommit, IdentityOptions options)
    {
        var developerOfRoot = new Dictionary<int, int>();
        var developers = new List<Developer>();
        var bots = new List<Developer>();
        foreach (var group in table.Groups())
        {
            var developer = table.Describe(group, developers.Count, options);
            if (developer.IsBot && options.ExcludeBots)
            {
                bots.Add(developer with { Id = -1 });
                developerOfRoot[group[0]] = -1;
                continue;
            }

            developers.Add(developer);
            developerOfRoot[group[0]] = developer.Id;
        }

        var commitDevelopers = Array.ConvertAll(identityOfCommit, id => developerOfRoot[table.Root(id)]);
        return new IdentityMap(developers, commitDevelopers, bots);
    }
}
