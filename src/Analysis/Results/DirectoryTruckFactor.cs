namespace TruckFactor.Analysis.Results;

/// <summary>
/// The truck factor of the files under one directory: the greedy removal of the whole analysis, with the same
/// options, run as if those files were the whole repository (each developer's file and change counts taken
/// within the directory).
/// </summary>
/// <param name="Path">The directory, slash-separated, without a trailing slash; the empty path is the root.</param>
/// <param name="Files">The number of analysed files under the directory, at any depth.</param>
/// <param name="TruckFactor">The number of developers in <paramref name="Authors"/>.</param>
/// <param name="Authors">The directory's truck-factor developers, in removal order.</param>
/// <param name="TopAuthor">
/// The developer the removal takes first: the one who authors most files of the directory (ties broken as in the
/// whole analysis); null when no file of the directory has an author.
/// </param>
/// <param name="TopAuthorFiles">The number of the directory's files <paramref name="TopAuthor"/> authors.</param>
public sealed record DirectoryTruckFactor(
    string Path,
    int Files,
    int TruckFactor,
    IReadOnlyList<string> Authors,
    string? TopAuthor,
    int TopAuthorFiles);
