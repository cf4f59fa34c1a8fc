namespace TruckFactor.Analysis.Doa;

/// <summary>What one developer did to one file: whether they added it (FA), how often they changed it (DL).</summary>
internal sealed class DeveloperFileStats
{
    public bool Added { get; set; }

    public double Deliveries { get; set; }
}
