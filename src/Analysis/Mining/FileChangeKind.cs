namespace TruckFactor.Analysis.Mining;

/// <summary>The kind of change a commit made to one path, as <c>git log --name-status</c> names it.</summary>
public enum FileChangeKind
{
    /// <summary>The path was created (status <c>A</c>).</summary>
    Added,

    /// <summary>The content of the path changed (status <c>M</c>).</summary>
    Modified,

    /// <summary>The path was removed (status <c>D</c>).</summary>
    Deleted,

    /// <summary>The content moved from <see cref="FileChange.OldPath"/> to the path (status <c>R</c>).</summary>
    Renamed,

    /// <summary>The entry changed type, e.g. from a file to a symbolic link (status <c>T</c>).</summary>
    TypeChanged,
}
