using TruckFactor.Analysis.Mining;

namespace TruckFactor.Analysis.Doa;

/// <summary>Gathers the records of each analysed file, following renames back to the file's origin.</summary>
internal interface IFileHistoryBuilder
{
    /// <summary>Builds the histories of <paramref name="files"/>.</summary>
    /// <param name="commits">The commits, parents before children.</param>
    /// <param name="developers">The developer id of each commit's author, by index; negative means excluded.</param>
    /// <param name="files">The files to analyse.</param>
    /// <returns>The histories of the files that have at least one record by an included developer.</returns>
    IReadOnlyList<FileHistory> Build(
        IReadOnlyList<CommitRecord> commits,
        IReadOnlyList<int> developers,
        IReadOnlyCollection<string> files);
}
