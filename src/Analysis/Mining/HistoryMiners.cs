namespace TruckFactor.Analysis.Mining;

/// <summary>Creates the miner a caller chose.</summary>
public static class HistoryMiners
{
    /// <summary>Creates a miner of the given kind, detecting renames as git does.</summary>
    /// <param name="kind">The implementation.</param>
    /// <returns>A new miner.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static IHistoryMiner Create(MinerKind kind) => kind switch
    {
        MinerKind.Raw => new RawObjectMiner(),
        MinerKind.LibGit2 => new GitHistoryMiner(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Choose raw or libgit2."),
    };
}
