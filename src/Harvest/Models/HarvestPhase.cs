namespace TruckFactor.Harvest.Models;

/// <summary>Names of the phases reported in <see cref="HarvestProgress.Phase"/>.</summary>
public static class HarvestPhase
{
    /// <summary>The repository list is being discovered on GitHub.</summary>
    public const string Discovering = "discovering";

    /// <summary>Batches of repositories are being cloned and mined.</summary>
    public const string Mining = "mining";

    /// <summary>Truck factors are being computed from the stored commit logs.</summary>
    public const string Computing = "computing";

    /// <summary>The harvest stopped before mining (its discovery failed); nothing was harvested.</summary>
    public const string Failed = "failed";

    /// <summary>Results are saved.</summary>
    public const string Completed = "completed";
}
