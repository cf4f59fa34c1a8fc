namespace TruckFactor.Analysis.Mining.Raw.Packs;

/// <summary>
/// An entry's header in a pack: its type, its inflated size (for a delta, the delta's own size), where its zlib
/// data starts, and for a delta where its base is (an earlier offset, or an object id).
/// </summary>
internal readonly record struct PackEntry(
    long Offset,
    int Type,
    long Size,
    long DataStart,
    long BaseOffset,
    ObjectKey BaseId)
{
    public const int OffsetDelta = 6;

    public const int ReferenceDelta = 7;

    public bool IsDelta => Type is OffsetDelta or ReferenceDelta;
}
