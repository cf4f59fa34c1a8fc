namespace TruckFactor.Analysis.Mining.Raw;

/// <summary>One path that differs between two trees, with both sides' ids and normalised modes.</summary>
internal readonly record struct RawChange(
    FileChangeKind Kind,
    string Path,
    ObjectKey OldId,
    int OldMode,
    ObjectKey NewId,
    int NewMode);
