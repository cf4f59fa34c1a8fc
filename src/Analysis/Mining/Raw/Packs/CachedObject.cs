namespace TruckFactor.Analysis.Mining.Raw.Packs;

/// <summary>An object kept by <see cref="DeltaBaseCache"/>: its type and its content, the first
/// <paramref name="Length"/> bytes of a pooled buffer.</summary>
internal readonly record struct CachedObject(long Key, int Type, byte[] Buffer, int Length);
