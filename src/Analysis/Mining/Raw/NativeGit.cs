using System.Reflection;
using System.Runtime.InteropServices;
using LibGit2Sharp;

namespace TruckFactor.Analysis.Mining.Raw;

/// <summary>
/// The few libgit2 functions the raw miner calls directly, bound to the very library file LibGit2Sharp loads
/// (its NativeBinaries package names the file after the libgit2 build), so both share one libgit2 per process.
/// </summary>
internal static unsafe partial class NativeGit
{
    public const int IterationOver = -31;

    public const int NotFound = -3;

    // The file name LibGit2Sharp.NativeBinaries gives the libgit2 build it ships with LibGit2Sharp 0.32.
    private const string Library = "git2-5853918";

    // git_libgit2_opt_t values from libgit2's include/git2/common.h.
    private const int SetWindowSizeOption = 1;

    private const int SetWindowMappedLimitOption = 3;

    private const int SetCacheObjectLimitOption = 6;

    private const int EnableCachingOption = 8;

    private const int StrictHashVerificationOption = 22;

    private static readonly Lazy<bool> Initialised = new(Initialise);

    static NativeGit()
    {
        NativeLibrary.SetDllImportResolver(typeof(NativeGit).Assembly, Resolve);
    }

    /// <summary>Makes sure libgit2 is loaded, initialised and tuned for reading many objects once each.</summary>
    public static void EnsureInitialised() => _ = Initialised.Value;

    [LibraryImport(Library, EntryPoint = "git_repository_open", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int RepositoryOpen(out nint repository, string path);

    [LibraryImport(Library, EntryPoint = "git_repository_free")]
    public static partial void RepositoryFree(nint repository);

    [LibraryImport(Library, EntryPoint = "git_repository_odb")]
    public static partial int RepositoryOdb(out nint odb, nint repository);

    [LibraryImport(Library, EntryPoint = "git_odb_free")]
    public static partial void OdbFree(nint odb);

    [LibraryImport(Library, EntryPoint = "git_odb_read")]
    public static partial int OdbRead(out nint obj, nint odb, byte* id);

    [LibraryImport(Library, EntryPoint = "git_odb_read_header")]
    public static partial int OdbReadHeader(out nuint size, out int type, nint odb, byte* id);

    [LibraryImport(Library, EntryPoint = "git_odb_object_data")]
    public static partial byte* OdbObjectData(nint obj);

    [LibraryImport(Library, EntryPoint = "git_odb_object_size")]
    public static partial nuint OdbObjectSize(nint obj);

    [LibraryImport(Library, EntryPoint = "git_odb_object_type")]
    public static partial int OdbObjectType(nint obj);

    [LibraryImport(Library, EntryPoint = "git_odb_object_free")]
    public static partial void OdbObjectFree(nint obj);

    [LibraryImport(Library, EntryPoint = "git_revwalk_new")]
    public static partial int RevwalkNew(out nint walk, nint repository);

    [LibraryImport(Library, EntryPoint = "git_revwalk_sorting")]
    public static partial int RevwalkSorting(nint walk, uint mode);

    [LibraryImport(Library, EntryPoint = "git_revwalk_push")]
    public static partial int RevwalkPush(nint walk, byte* id);

    [LibraryImport(Library, EntryPoint = "git_revwalk_next")]
    public static partial int RevwalkNext(byte* id, nint walk);

    [LibraryImport(Library, EntryPoint = "git_revwalk_free")]
    public static partial void RevwalkFree(nint walk);

    [LibraryImport(Library, EntryPoint = "git_libgit2_init")]
    private static partial int Init();

    // Variadic in C; on x64 an int passed as a fixed argument lands where the variadic one is read.
    [LibraryImport(Library, EntryPoint = "git_libgit2_opts")]
    private static partial int SetOption(int option, int value);

    [LibraryImport(Library, EntryPoint = "git_libgit2_opts")]
    private static partial int SetSizeOption(int option, nint value);

    [LibraryImport(Library, EntryPoint = "git_libgit2_opts")]
    private static partial int SetCacheLimit(int option, int objectType, nint bytes);

    private static bool Initialise()
    {
        // Loading LibGit2Sharp's native layer first makes the resolver below find its already-loaded file.
        _ = GlobalSettings.Version;
        var initialised = Init() >= 0;

        // Trees and blobs are read once and parsed in C#, so caching them in libgit2 only costs locking and memory;
        // commits are cached because the revision walk reads each one before the miner does. Re-hashing every
        // inflated object doubles the cost of a read (the pack's own CRCs still guard the data). A failure here
        // only costs speed or memory, never correctness, so it is not an error.
        var tuned = SetOption(EnableCachingOption, 1) >= 0;
        tuned &= SetCacheLimit(SetCacheObjectLimitOption, RawObject.TreeType, 0) >= 0;
        tuned &= SetCacheLimit(SetCacheObjectLimitOption, RawObject.BlobType, 0) >= 0;
        tuned &= SetOption(StrictHashVerificationOption, 0) >= 0;

        // libgit2 maps a whole pack in 1 GiB windows; smaller windows under a cap keep the resident set of a long
        // walk bounded (the pages of a mapped pack count as resident once touched).
        tuned &= SetSizeOption(SetWindowSizeOption, 32 << 20) >= 0;
        tuned &= SetSizeOption(SetWindowMappedLimitOption, 128 << 20) >= 0;
        return initialised && tuned;
    }

    private static nint Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        return name == Library
            ? NativeLibrary.Load(name, typeof(Repository).Assembly, searchPath)
            : nint.Zero;
    }
}
