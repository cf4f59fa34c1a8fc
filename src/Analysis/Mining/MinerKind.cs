namespace TruckFactor.Analysis.Mining;

/// <summary>Which implementation mines the history; both give the same log.</summary>
public enum MinerKind
{
    /// <summary><see cref="RawObjectMiner"/>: raw objects parsed in C#, the fast default.</summary>
    Raw,

    /// <summary><see cref="GitHistoryMiner"/>: LibGit2Sharp's object model, slower, kept as a cross-check.</summary>
    LibGit2,
}
