using TruckFactor.Analysis.Identities;

namespace TruckFactor.Analysis.Results;

/// <summary>The truck factor of one repository at one commit, with everything needed to see why.</summary>
/// <param name="Repository">The repository as the user named it.</param>
/// <param name="Commit">The analysed commit.</param>
/// <param name="Profile">The profile used ("default" or "reference").</param>
/// <param name="TruckFactor">The number of developers in <paramref name="Authors"/>.</param>
/// <param name="Files">The number of analysed files: files of the commit with at least one history record.</param>
/// <param name="CoverageAfter">The share of files still authored once the truck-factor developers are gone.</param>
/// <param name="Authors">The truck-factor developers in removal order.</param>
/// <param name="OrphanedFiles">The files left without an author once they are gone.</param>
/// <param name="Coverage">The greedy removal step by step, starting from the initial coverage.</param>
/// <param name="FileAuthors">Each analysed file's authors.</param>
/// <param name="Submodules">Submodule paths of the commit, not analysed.</param>
/// <param name="ExcludedBots">Bots left out of the analysis.</param>
/// <param name="Stats">Counts and timings.</param>
/// <param name="Directories">The truck factor of every directory holding an analysed file, root first.</param>
/// <param name="Selection">Which files were analysed and why the others were not; null in older results.</param>
/// <param name="MergedIdentities">Developers known by more than one name or email, with every identity merged.
/// </param>
/// <param name="Settings">The choices the result was computed with; null in older results.</param>
public sealed record TruckFactorResult(
    string Repository,
    string Commit,
    string Profile,
    int TruckFactor,
    int Files,
    double CoverageAfter,
    IReadOnlyList<TruckFactorAuthor> Authors,
    IReadOnlyList<string> OrphanedFiles,
    IReadOnlyList<CoverageStep> Coverage,
    IReadOnlyList<FileAuthors> FileAuthors,
    IReadOnlyList<string> Submodules,
    IReadOnlyList<Developer> ExcludedBots,
    AnalysisStatistics Stats,
    IReadOnlyList<DirectoryTruckFactor> Directories,
    FileSelection? Selection = null,
    IReadOnlyList<Developer>? MergedIdentities = null,
    AnalysisSettings? Settings = null);
