namespace TruckFactor.Analysis.Mining.Raw;

/// <summary>A commit already walked: its id as text (shared by its children's records) and its root tree.</summary>
/// <param name="Sha">The full hexadecimal id.</param>
/// <param name="Tree">The root tree, or null when the commit's record came from a previous log unread.</param>
internal readonly record struct KnownCommit(string Sha, ObjectKey? Tree);
