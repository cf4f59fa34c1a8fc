using System.Globalization;
using System.Text;
using TruckFactor.Analysis.Mining.Raw;
using TruckFactor.Analysis.Tests.Support;

namespace TruckFactor.Analysis.Tests.Mining.Raw;

/// <summary>Reads a fixture's objects through git itself (<c>git cat-file --batch</c>).</summary>
internal static class CatFile
{
    /// <summary>Every object of the repository, loose or packed, with its type and bytes.</summary>
    public static List<GitObject> All(GitFixture fixture)
    {
        var output = fixture.Run("cat-file", "--batch-all-objects", "--batch").ThrowIfFailed().Output;
        var objects = new List<GitObject>();
        var position = 0;
        while (position < output.Length)
        {
            var end = Array.IndexOf(output, (byte)'\n', position);
            var header = Encoding.ASCII.GetString(output, position, end - position).Split(' ');
            var size = int.Parse(header[2], CultureInfo.InvariantCulture);
            objects.Add(new GitObject(header[0], TypeNumber(header[1]), output[(end + 1)..(end + 1 + size)]));
            position = end + 1 + size + 1;
        }

        return objects;
    }

    /// <summary>The size <c>git cat-file -s</c> reports.</summary>
    public static long Size(GitFixture fixture, string id) =>
        long.Parse(fixture.Git("cat-file", "-s", id).Trim(), CultureInfo.InvariantCulture);

    /// <summary>The ids of the loose objects, from the file names under objects/.</summary>
    public static List<string> LooseIds(GitFixture fixture)
    {
        var objects = Path.Combine(fixture.RepositoryPath, ".git", "objects");
        return [.. Directory.EnumerateFiles(objects, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)!).Length == 2)
            .Select(f => Path.GetFileName(Path.GetDirectoryName(f)!) + Path.GetFileName(f))];
    }

    public static ObjectKey Key(string hex) => ObjectKey.Parse(Encoding.ASCII.GetBytes(hex));

    private static int TypeNumber(string name) => name switch
    {
        "commit" => RawObject.CommitType,
        "tree" => RawObject.TreeType,
        "blob" => RawObject.BlobType,
        "tag" => 4,
        _ => throw new InvalidDataException($"git printed an unknown object type {name}."),
    };
}
