using TruckFactor.Analysis.Mining;

namespace TruckFactor.Analysis.Tests.Support;

/// <summary>Short names for the file records of hand-built commit logs.</summary>
internal static class Change
{
    public static FileChange Add(string path) => new(FileChangeKind.Added, path);

    public static FileChange Modify(string path) => new(FileChangeKind.Modified, path);

    public static FileChange Delete(string path) => new(FileChangeKind.Deleted, path);

    public static FileChange Rename(string from, string to) => new(FileChangeKind.Renamed, to, from);
}
