using TruckFactor.Analysis.Mining;

namespace TruckFactor.Analysis.Doa;

/// <summary>Gathers the records of each analysed file, following renames back to the file's origin.</summary>
internal interface IFileHistoryBuilder
{
    /// <summary>Builds the histories of <paramref name="files"/>.</summary>
    /// <param name="commits">The commits, parents before children.</param>
    /// <param name="credits">Who is credited with each commit's records, by index.</param>
    /// <param name="files">The files to analyse.</param>
    /// <returns>The histories of the files that have at least one record by an included developer.</returns>
    IReadOnlyList<FileHistory> Build(
        IReadOnlyList<CommitRecord> commits,
        IReadOnlyList<CommitCredit> credits,
        IReadOnlyCollection<string> files);
}
