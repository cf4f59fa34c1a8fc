namespace TruckFactor.Harvest.Models;

/// <summary>Values of <see cref="RepositoryResultRow.Status"/>.</summary>
public static class RowStatus
{
    /// <summary>The repository has a truck factor.</summary>
    public const string Succeeded = "succeeded";

    /// <summary>The repository could not be mined or analysed; the row says why.</summary>
    public const string Failed = "failed";
}
