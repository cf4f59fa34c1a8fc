using System.Text;

namespace TruckFactor.Deploy.Tests.Support;

/// <summary>A Dockerfile of deploy/docker, read as a list of instructions (comments dropped).</summary>
internal sealed class Dockerfile
{
    public const string Folder = "deploy/docker";

    private Dockerfile(string name, IReadOnlyList<DockerInstruction> instructions)
    {
        Name = name;
        Instructions = instructions;
    }

    /// <summary>The file names of every Dockerfile in the folder, such as <c>worker.Dockerfile</c>.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. Directory.EnumerateFiles(RepositoryFiles.PathOf(Folder), "*.Dockerfile")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)];

    public string Name { get; }

    public IReadOnlyList<DockerInstruction> Instructions { get; }

    /// <summary>The repository path of the BuildKit ignore file that belongs to this Dockerfile.</summary>
    public string IgnoreFile => $"{Folder}/{Name}.dockerignore";

    /// <summary>The image of every stage, in order; the last one is the image that ships.</summary>
    public IReadOnlyList<string> BaseImages => [.. Of("FROM").Select(from => from.Words[0])];

    /// <summary>The repository paths copied from the build context (not from another stage).</summary>
    public IReadOnlyList<string> ContextSources =>
        [.. Of("COPY")
            .Select(copy => copy.Words)
            .Where(words => !words.Any(word => word.StartsWith("--from=", StringComparison.Ordinal)))
            .SelectMany(words => words.Where(word => !word.StartsWith("--", StringComparison.Ordinal)).SkipLast(1))];

    /// <summary>The projects named by <c>dotnet restore</c> and <c>dotnet publish</c> commands.</summary>
    public IReadOnlyList<string> Projects =>
        [.. Of("RUN").SelectMany(run => run.Words).Where(word => word.EndsWith(".csproj", StringComparison.Ordinal))];

    /// <summary>The variables set by ENV instructions (the <c>name=value</c> form).</summary>
    public IReadOnlyDictionary<string, string> Environment =>
        Of("ENV")
            .SelectMany(env => env.Words)
            .Select(word => word.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0], pair => pair[1]);

    public static Dockerfile Load(string name)
    {
        List<DockerInstruction> instructions = [];
        var pending = new StringBuilder();
        foreach (var raw in File.ReadLines(RepositoryFiles.PathOf($"{Folder}/{name}")))
        {
            var line = raw.Trim();
            if (line.StartsWith('#') || (line.Length == 0 && pending.Length == 0))
            {
                continue;
            }

            var continues = line.EndsWith('\\');
            pending.Append(continues ? line[..^1] : line).Append(' ');
            if (!continues)
            {
                var text = pending.ToString().Trim();
                var split = text.IndexOf(' ', StringComparison.Ordinal);
                instructions.Add(new DockerInstruction(text[..split].ToUpperInvariant(), text[(split + 1)..].Trim()));
                pending.Clear();
            }
        }

        return new Dockerfile(name, instructions);
    }

    public IReadOnlyList<DockerInstruction> Of(string keyword) =>
        [.. Instructions.Where(instruction => instruction.Keyword == keyword)];

    public override string ToString() => Name;
}
