namespace TruckFactor.Analysis.Mining.Raw;

/// <summary>Git's file modes, and the normalisation git applies before it compares two of them.</summary>
internal static class GitModes
{
    public const int TypeMask = 0xF000;

    public const int Tree = 0x4000;

    public const int RegularFile = 0x81A4;

    public const int ExecutableFile = 0x81ED;

    public const int SymbolicLink = 0xA000;

    public const int GitLink = 0xE000;

    private const int RegularType = 0x8000;

    private const int OwnerExecute = 0x40;

    /// <summary>
    /// Git keeps only the owner's execute bit of a file's permissions (canon_mode): trees written by old git
    /// versions with 100664 compare equal to 100644, so they make no modification.
    /// </summary>
    public static int Normalise(int mode)
    {
        return (mode & TypeMask) switch
        {
            Tree => Tree,
            SymbolicLink => SymbolicLink,
            RegularType => (mode & OwnerExecute) != 0 ? ExecutableFile : RegularFile,
            _ => GitLink,
        };
    }

    public static bool IsTree(int mode) => mode == Tree;

    public static bool IsRegularFile(int mode) => mode is RegularFile or ExecutableFile;
}
