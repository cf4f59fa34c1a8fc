namespace TruckFactor.Analysis.Doa;

/// <summary>Each developer's FA + DL summed over a set of files: the greedy removal's first tie-breaker.</summary>
internal static class ChangeCounts
{
    /// <summary>Sums the changes of every developer over <paramref name="histories"/>.</summary>
    /// <param name="histories">The files to count.</param>
    /// <returns>The changes by developer id.</returns>
    public static Dictionary<int, double> Sum(IEnumerable<FileHistory> histories)
    {
        var changes = new Dictionary<int, double>();
        foreach (var history in histories)
        {
            foreach (var (developer, stats) in history.ByDeveloper)
            {
                changes[developer] = changes.GetValueOrDefault(developer) + (stats.Added ? 1 : 0) + stats.Deliveries;
            }
        }

        return changes;
    }
}
