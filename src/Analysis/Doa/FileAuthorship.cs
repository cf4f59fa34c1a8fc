namespace TruckFactor.Analysis.Doa;

/// <summary>The authors of one analysed file and the DOA figures behind them.</summary>
/// <param name="Path">The file's path at the analysed commit.</param>
/// <param name="Authors">The ids of the developers whose normalised DOA passes the author threshold.</param>
/// <param name="Degrees">Every developer with a record on the file and their absolute DOA, highest first.</param>
internal sealed record FileAuthorship(
    string Path,
    IReadOnlyList<int> Authors,
    IReadOnlyList<(int Developer, double Doa)> Degrees);
