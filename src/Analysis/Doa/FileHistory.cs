namespace TruckFactor.Analysis.Doa;

/// <summary>The records of one file of the analysed commit, gathered per developer.</summary>
internal sealed class FileHistory
{
    public FileHistory(string path)
    {
        Path = path;
    }

    public string Path { get; }

    /// <summary>Gets the statistics per developer id.</summary>
    public Dictionary<int, DeveloperFileStats> ByDeveloper { get; } = [];

    /// <summary>
    /// Gets the MODIFIED and RENAMED records of everybody, each commit once however many people it credits, from
    /// which each developer's AC follows.
    /// </summary>
    public double TotalDeliveries { get; private set; }

    /// <summary>
    /// Credits one record to the commit's author and co-authors: an ADDED record counts as creation (FA), any other
    /// as a delivery (DL) of the commit's weight. Excluded developers (negative ids) and weightless commits are not
    /// credited.
    /// </summary>
    public void Record(CommitCredit credit, bool added)
    {
        if (credit.Weight <= 0)
        {
            return;
        }

        // A shared commit is one change: every person it credits made it, so it is nobody's acceptance among them,
        // and the others accept it once, not once per co-author.
        var credited = Record(credit.Developer, added, credit.Weight);
        foreach (var coAuthor in credit.CoAuthors)
        {
            credited |= Record(coAuthor, added, credit.Weight);
        }

        if (credited && !added)
        {
            TotalDeliveries += credit.Weight;
        }
    }

    /// <summary>Adds every record of another history, as when two histories are joined.</summary>
    public void Absorb(FileHistory other)
    {
        foreach (var (developer, stats) in other.ByDeveloper)
        {
            var mine = Stats(developer);
            mine.Added |= stats.Added;
            mine.Deliveries += stats.Deliveries;
        }

        TotalDeliveries += other.TotalDeliveries;
    }

    private bool Record(int developer, bool added, double weight)
    {
        if (developer < 0)
        {
            return false;
        }

        var stats = Stats(developer);
        if (added)
        {
            stats.Added = true;
        }
        else
        {
            stats.Deliveries += weight;
        }

        return true;
    }

    private DeveloperFileStats Stats(int developer)
    {
        if (!ByDeveloper.TryGetValue(developer, out var stats))
        {
            ByDeveloper[developer] = stats = new DeveloperFileStats();
        }

        return stats;
    }
}
