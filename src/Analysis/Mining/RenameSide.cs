using TruckFactor.Analysis.Mining.Raw;

namespace TruckFactor.Analysis.Mining;

/// <summary>A deleted (source) or added (destination) path taking part in rename detection.</summary>
internal sealed class RenameSide
{
    public RenameSide(string path, ObjectKey id, int mode)
    {
        Path = path;
        Id = id;
        Mode = GitModes.Normalise(mode);
        var slash = path.LastIndexOf('/');
        BaseName = slash < 0 ? path : path[(slash + 1)..];
    }

    public string Path { get; }

    public ObjectKey Id { get; }

    /// <summary>Gets the mode as git compares it (100664 reads as 100644).</summary>
    public int Mode { get; }

    public string BaseName { get; }

    public bool IsRegularFile => GitModes.IsRegularFile(Mode);

    /// <summary>Gets or sets the other side once paired: the source of a destination or the reverse.</summary>
    public RenameSide? Partner { get; set; }

    /// <summary>
    /// Adds the changes of paired sides: a destination with a partner is a rename from it, one without is an
    /// addition, and a source left without a partner is a deletion.
    /// </summary>
    /// <param name="result">Receives the changes.</param>
    /// <param name="sources">The deleted sides, after pairing.</param>
    /// <param name="destinations">The added sides, after pairing.</param>
    public static void AppendChanges(List<FileChange> result, List<RenameSide> sources, List<RenameSide> destinations)
    {
        foreach (var destination in destinations)
        {
            result.Add(destination.Partner is { } source
                ? new FileChange(FileChangeKind.Renamed, destination.Path, source.Path)
                : new FileChange(FileChangeKind.Added, destination.Path));
        }

        var deleted = sources.Where(s => s.Partner is null);
        result.AddRange(deleted.Select(s => new FileChange(FileChangeKind.Deleted, s.Path)));
    }
}
