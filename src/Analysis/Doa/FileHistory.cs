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

    /// <summary>Gets the MODIFIED and RENAMED records of everybody, from which each developer's AC follows.</summary>
    public int TotalDeliveries { get; private set; }

    /// <summary>
    /// Credits one record: an ADDED record counts as creation (FA), any other as a delivery (DL). Records of
    /// excluded developers (negative ids) are not credited.
    /// </summary>
    public void Record(int developer, bool added)
    {
        if (developer < 0)
        {
            return;
        }

        var stats = Stats(developer);
        if (added)
        {
            stats.Added = true;
        }
        else
        {
            stats.Deliveries++;
            TotalDeliveries++;
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

    private DeveloperFileStats Stats(int developer)
    {
        if (!ByDeveloper.TryGetValue(developer, out var stats))
        {
            ByDeveloper[developer] = stats = new DeveloperFileStats();
        }

        return stats;
    }
}
