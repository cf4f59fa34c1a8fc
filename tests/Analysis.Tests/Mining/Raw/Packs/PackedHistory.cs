using System.Globalization;
using TruckFactor.Analysis.Tests.Support;
using static TruckFactor.Analysis.Tests.Support.Person;

namespace TruckFactor.Analysis.Tests.Mining.Raw.Packs;

/// <summary>
/// Histories whose objects are stored as long delta chains: a 100 KB text file edited a few lines at a time (so
/// deltas copy more than 64 KiB), a binary file patched in place, an empty file, a branch, a merge and an
/// annotated tag, all built with the git command line.
/// </summary>
internal static class PackedHistory
{
    public static GitFixture Create(int commits = 40)
    {
        var fixture = new GitFixture();
        var lines = Enumerable.Range(0, 2500)
            .Select(i => string.Create(CultureInfo.InvariantCulture, $"line {i:D5} of the long file, unchanged\n"))
            .ToArray();
        var random = new Random(7);
        var binary = new byte[20_000];
        random.NextBytes(binary);
        fixture.WriteFile("empty.txt", string.Empty);
        for (var commit = 0; commit < commits; commit++)
        {
            lines[random.Next(lines.Length)] = $"edited in commit {commit}\n";
            lines[random.Next(lines.Length)] = $"edited again in commit {commit}\n";
            binary[random.Next(binary.Length)] ^= 0x5a;
            fixture.WriteFile("docs/long.txt", string.Concat(lines))
                .WriteFile("data/blob.bin", binary)
                .WriteFile($"src/file{commit % 7}.c", $"int f{commit}(void) {{ return {commit}; }}\n");
            fixture.Commit(commit % 3 == 0 ? Alice : Bob);
            if (commit == commits / 2)
            {
                fixture.Branch("side");
            }
        }

        fixture.Checkout("side").WriteFile("side.txt", "side\n").Commit(Carol);
        fixture.Checkout("main").Merge("side", Dave);
        fixture.Git("-c", "user.name=Alice", "-c", "user.email=alice@example.com", "tag", "-a", "v1", "-m", "v1");
        return fixture;
    }

    /// <summary>Rows of <c>git verify-pack -v</c> for every pack: id, type, offset, and delta depth (0 if whole).
    /// </summary>
    public static List<(string Id, string Type, long Offset, long SizeInPack, int Depth, string PackPath)> Entries(
        GitFixture fixture)
    {
        var rows = new List<(string, string, long, long, int, string)>();
        foreach (var index in PackIndexes(fixture))
        {
            var packPath = Path.ChangeExtension(index, ".pack");
            foreach (var line in fixture.Git("verify-pack", "-v", index).Split('\n'))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length < 5 || fields[0].Length != 40)
                {
                    continue;
                }

                var depth = fields.Length >= 7 ? int.Parse(fields[5], CultureInfo.InvariantCulture) : 0;
                rows.Add((fields[0], fields[1], long.Parse(fields[4], CultureInfo.InvariantCulture),
                    long.Parse(fields[3], CultureInfo.InvariantCulture), depth, packPath));
            }
        }

        return rows;
    }

    public static string ObjectsDirectory(GitFixture fixture) =>
        Path.Combine(fixture.RepositoryPath, ".git", "objects");

    public static string[] PackIndexes(GitFixture fixture) =>
        Directory.GetFiles(Path.Combine(ObjectsDirectory(fixture), "pack"), "pack-*.idx");

    /// <summary>The entry type from an entry's first byte (bits 4 to 6), read straight from the pack file.</summary>
    public static int EntryType(string packPath, long offset)
    {
        using var stream = File.OpenRead(packPath);
        stream.Position = offset;
        return (stream.ReadByte() >> 4) & 7;
    }
}
