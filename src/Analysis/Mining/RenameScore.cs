namespace TruckFactor.Analysis.Mining;

/// <summary>One scored (source, destination) pair of git's rename matrix.</summary>
/// <param name="Score">Similarity on git's scale, 0 to 60,000.</param>
/// <param name="SameBaseName">Whether both paths end in the same file name (git's tie-breaker).</param>
/// <param name="Destination">The index of the destination, or -1 for an unused slot.</param>
/// <param name="Source">The index of the source.</param>
internal readonly record struct RenameScore(int Score, bool SameBaseName, int Destination, int Source)
{
    public static RenameScore Unused { get; } = new(0, false, -1, -1);

    /// <summary>Git's order: used slots first, higher score first, then same file name first.</summary>
    public static int Compare(RenameScore a, RenameScore b)
    {
        if (a.Destination < 0)
        {
            return b.Destination >= 0 ? 1 : 0;
        }

        if (b.Destination < 0)
        {
            return -1;
        }

        return a.Score == b.Score ? b.SameBaseName.CompareTo(a.SameBaseName) : b.Score.CompareTo(a.Score);
    }
}
