namespace TruckFactor.Analysis.Doa;

/// <summary>
/// The greedy estimate of ICPC 2016 (Section III): remove the developers who author most files, one at a time,
/// until fewer than half of the files keep an author.
/// </summary>
internal static class GreedyTruckFactor
{
    /// <summary>Runs the greedy removal.</summary>
    /// <param name="files">The authors of every analysed file.</param>
    /// <param name="changes">Each developer's FA + DL summed over files, by id: the first tie-breaker.</param>
    /// <param name="stableKeys">A unique, stable key per developer id: the last tie-breaker.</param>
    /// <param name="options">The coverage threshold and pruning settings.</param>
    /// <returns>The truck-factor developers and the coverage figures.</returns>
    public static GreedyOutcome Compute(
        IReadOnlyList<FileAuthorship> files,
        IReadOnlyDictionary<int, double> changes,
        IReadOnlyDictionary<int, string> stableKeys,
        DoaOptions options)
    {
        var authored = new Dictionary<int, int>();
        var remaining = new int[files.Count];
        var covered = 0;
        for (var i = 0; i < files.Count; i++)
        {
            foreach (var author in files[i].Authors)
            {
                authored[author] = authored.GetValueOrDefault(author) + 1;
            }

            remaining[i] = files[i].Authors.Count;
            covered += remaining[i] > 0 ? 1 : 0;
        }

        var order = authored.Keys
            .OrderByDescending(d => authored[d])
            .ThenByDescending(d => changes.GetValueOrDefault(d))
            .ThenBy(d => stableKeys[d], StringComparer.Ordinal)
            .ToList();
        var filesOf = FilesByAuthor(files);
        double total = files.Count;
        var initial = covered / total;
        var curve = new List<(int Developer, double Coverage)>();
        var coverage = initial;
        foreach (var developer in order)
        {
            if (coverage < options.CoverageThreshold)
            {
                break;
            }

            foreach (var file in filesOf[developer])
            {
                covered -= --remaining[file] == 0 ? 1 : 0;
            }

            coverage = covered / total;
            curve.Add((developer, coverage));
        }

        // Coverage and orphans are those of the greedy loop; pruning only shortens the reported list, and the
        // reference reports the loop's coverage too.
        var removed = curve.ConvertAll(step => step.Developer);
        var truckFactor = options.PruneMinorAuthors ? Prune(removed, authored, options.PruneRatio) : removed;
        int? top = order.Count > 0 ? order[0] : null;
        return new GreedyOutcome(truckFactor, authored, initial, curve, coverage, Orphaned(files, removed), top);
    }

    private static Dictionary<int, List<int>> FilesByAuthor(IReadOnlyList<FileAuthorship> files)
    {
        var result = new Dictionary<int, List<int>>();
        for (var i = 0; i < files.Count; i++)
        {
            foreach (var author in files[i].Authors)
            {
                if (!result.TryGetValue(author, out var list))
                {
                    result[author] = list = [];
                }

                list.Add(i);
            }
        }

        return result;
    }

    private static List<int> Prune(List<int> removed, Dictionary<int, int> authored, double ratio)
    {
        if (removed.Count == 0)
        {
            return removed;
        }

        var top = authored[removed[0]];
        return removed.FindAll(d => authored[d] >= ratio * top);
    }

    private static List<string> Orphaned(IReadOnlyList<FileAuthorship> files, IReadOnlyList<int> gone)
    {
        var goneSet = gone.ToHashSet();
        return files
            .Where(f => f.Authors.All(goneSet.Contains))
            .Select(f => f.Path)
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
