namespace TruckFactor.Analysis.Results;

/// <summary>The authors of one analysed file.</summary>
/// <param name="Path">The file's path at the analysed commit.</param>
/// <param name="Authors">The names of its authors, highest degree of authorship first; empty when none.</param>
public sealed record FileAuthors(string Path, IReadOnlyList<string> Authors);
