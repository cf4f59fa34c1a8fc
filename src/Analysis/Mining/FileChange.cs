namespace TruckFactor.Analysis.Mining;

/// <summary>One path changed by one commit against its first parent.</summary>
/// <param name="Kind">What happened to the path.</param>
/// <param name="Path">The path after the commit, with <c>/</c> separators, relative to the repository root.</param>
/// <param name="OldPath">For <see cref="FileChangeKind.Renamed"/>, the path before the commit; otherwise null.</param>
public sealed record FileChange(FileChangeKind Kind, string Path, string? OldPath = null);
