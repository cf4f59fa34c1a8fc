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

    public void AddCreation(int developer)
    {
        Stats(developer).Added = true;
    }

    public void AddDelivery(int developer)
    {
        Stats(developer).Deliveries++;
        TotalDeliveries++;
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
