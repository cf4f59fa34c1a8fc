namespace TruckFactor.Analysis.Mining.Raw;

/// <summary>Where one entry of a raw tree object lies: its name's bytes, then a NUL, then its 20-byte id.</summary>
/// <param name="NameStart">The offset of the name in the tree's data.</param>
/// <param name="NameLength">The length of the name in bytes.</param>
/// <param name="Mode">The entry's mode, normalised as git compares modes (see <see cref="GitModes"/>).</param>
internal readonly record struct TreeEntry(int NameStart, int NameLength, int Mode)
{
    public int IdStart => NameStart + NameLength + 1;

    public int End => IdStart + ObjectKey.Length;
}
