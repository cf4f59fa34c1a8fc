namespace TruckFactor.Analysis.Doa;

/// <summary>
/// The truck factor of every directory: the greedy removal of <see cref="GreedyTruckFactor"/> restricted to the
/// files under each directory, as bus-factor-explorer reports per folder. Counting changes within the directory
/// makes a directory's result the one the whole analysis would give for a repository holding only its files.
/// </summary>
internal static class DirectoryTruckFactors
{
    /// <summary>Runs the greedy removal once per directory that holds an analysed file, the root included.</summary>
    /// <param name="histories">The file histories.</param>
    /// <param name="authorships">The authors of each file, in the order of <paramref name="histories"/>.</param>
    /// <param name="stableKeys">A unique, stable key per developer id: the last tie-breaker.</param>
    /// <param name="options">The coverage threshold and pruning settings of the whole analysis.</param>
    /// <returns>One outcome per directory, in ordinal order of path (the root, "", first).</returns>
    public static List<DirectoryOutcome> Compute(
        IReadOnlyList<FileHistory> histories,
        IReadOnlyList<FileAuthorship> authorships,
        IReadOnlyDictionary<int, string> stableKeys,
        DoaOptions options)
    {
        var members = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < authorships.Count; i++)
        {
            foreach (var directory in Ancestors(authorships[i].Path))
            {
                if (!members.TryGetValue(directory, out var files))
                {
                    members[directory] = files = [];
                }

                files.Add(i);
            }
        }

        return members
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair =>
            {
                var files = pair.Value.ConvertAll(i => authorships[i]);
                var changes = ChangeCounts.Sum(pair.Value.Select(i => histories[i]));
                var outcome = GreedyTruckFactor.Compute(files, changes, stableKeys, options);
                return new DirectoryOutcome(pair.Key, files.Count, outcome);
            })
            .ToList();
    }

    private static IEnumerable<string> Ancestors(string path)
    {
        yield return string.Empty;
        for (var slash = path.IndexOf('/');
             slash > 0;
             slash = path.IndexOf('/', slash + 1))
        {
            yield return path[..slash];
        }
    }
}
