using LibGit2Sharp;

namespace TruckFactor.Analysis.Mining;

/// <summary>A deleted (source) or added (destination) path taking part in rename detection.</summary>
internal sealed class RenameSide
{
    public RenameSide(string path, ObjectId id, Mode mode)
    {
        Path = path;
        Id = id;
        Mode = mode;
        var slash = path.LastIndexOf('/');
        BaseName = slash < 0 ? path : path[(slash + 1)..];
    }

    public string Path { get; }

    public ObjectId Id { get; }

    public Mode Mode { get; }

    public string BaseName { get; }

    public bool IsRegularFile =>
        Mode is Mode.NonExecutableFile or Mode.ExecutableFile or Mode.NonExecutableGroupWritableFile;

    /// <summary>Gets or sets the other side once paired: the source of a destination or the reverse.</summary>
    public RenameSide? Partner { get; set; }
}
