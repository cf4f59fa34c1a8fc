using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace TruckFactor.Bench;

/// <summary>
/// Writes a generated history with <c>git fast-import</c> in a second or two: edits, additions, deletions, exact
/// renames, renames with edits, mode changes and merges by a handful of authors, from a fixed seed.
/// </summary>
internal sealed class SyntheticHistory
{
    private static readonly string[] Authors = ["Ada", "Brian", "Carol", "Dennis", "Edsger", "Frances"];

    private readonly Random _random = new(8);
    private readonly Dictionary<string, List<string>> _files = [];
    private readonly StringBuilder _stream = new();
    private int _mark;
    private long _time = 1_500_000_000;

    public static string Generate(string directory, int commits)
    {
        Run(null, "init", "-q", "--bare", directory);
        var history = new SyntheticHistory();
        for (var i = 0; i < commits; i++)
        {
            history.AddCommit(i);
        }

        using var import = Process.Start(new ProcessStartInfo("git")
        {
            ArgumentList = { "--git-dir=" + directory, "fast-import", "--quiet" },
            RedirectStandardInput = true,
            UseShellExecute = false,
        })!;
        import.StandardInput.Write(history._stream.ToString());
        import.StandardInput.Close();
        import.WaitForExit();
        Run(directory, "symbolic-ref", "HEAD", "refs/heads/main");
        return directory;
    }

    private void AddCommit(int index)
    {
        var parent = _mark;
        var side = index > 0 && index % 40 == 0;
        if (side)
        {
            // A side commit off the previous one, merged right after: the merge itself gives no records.
            Header("refs/heads/side", parent, null);
            Modify(Pick());
            Header("refs/heads/main", parent, _mark);
            return;
        }

        Header("refs/heads/main", parent, null);
        var changes = 1 + _random.Next(4);
        for (var c = 0; c < changes; c++)
        {
            Change();
        }
    }

    private void Change()
    {
        var roll = _random.Next(100);
        if (_files.Count < 20 || roll < 15)
        {
            Modify($"src/m{_random.Next(30)}/file{_random.Next(100_000)}.c");
        }
        else if (roll < 60)
        {
            Modify(Pick());
        }
        else if (roll < 68)
        {
            var path = Pick();
            _files.Remove(path);
            _stream.Append(CultureInfo.InvariantCulture, $"D {path}\n");
        }
        else if (roll < 78)
        {
            var from = Pick();
            var to = $"lib/m{_random.Next(30)}/{Path.GetFileName(from)}";
            if (!_files.ContainsKey(to))
            {
                _files[to] = _files[from];
                _files.Remove(from);
                _stream.Append(CultureInfo.InvariantCulture, $"R {from} {to}\n");
            }
        }
        else if (roll < 90)
        {
            // A move with an edit: git scores the similarity, so this exercises the rename matrix.
            var from = Pick();
            var to = $"moved/m{_random.Next(30)}/r{_random.Next(100_000)}.c";
            _files[to] = _files[from];
            _files.Remove(from);
            _stream.Append(CultureInfo.InvariantCulture, $"D {from}\n");
            Modify(to);
        }
        else
        {
            var path = Pick();
            _stream.Append(CultureInfo.InvariantCulture, $"M {(roll % 2 == 0 ? "100755" : "100644")} inline {path}\n");
            Data(string.Join('\n', _files[path]) + "\n");
        }
    }

    private void Header(string branch, int parent, int? merge)
    {
        var author = Authors[_random.Next(Authors.Length)];
        _time += 600 + _random.Next(3600);
        _stream.Append(CultureInfo.InvariantCulture, $"commit {branch}\nmark :{++_mark}\n");
        _stream.Append(CultureInfo.InvariantCulture, $"author {author} <{author.ToLowerInvariant()}@example.org> ");
        _stream.Append(CultureInfo.InvariantCulture, $"{_time} +0000\n");
        _stream.Append(CultureInfo.InvariantCulture, $"committer {author} <c@example.org> {_time} +0000\n");
        Data($"Change {_mark}\n");
        if (parent > 0)
        {
            _stream.Append(CultureInfo.InvariantCulture, $"from :{parent}\n");
        }

        if (merge is { } other)
        {
            _stream.Append(CultureInfo.InvariantCulture, $"merge :{other}\n");
        }
    }

    private void Modify(string path)
    {
        if (!_files.TryGetValue(path, out var lines))
        {
            lines = [.. Enumerable.Range(0, 10 + _random.Next(40)).Select(_ => Line())];
        }
        else
        {
            lines = [.. lines];
            for (var i = 0; i < 1 + (lines.Count / 4); i++)
            {
                lines[_random.Next(lines.Count)] = Line();
            }
        }

        _files[path] = lines;
        _stream.Append(CultureInfo.InvariantCulture, $"M 100644 inline {path}\n");
        Data(string.Join('\n', lines) + "\n");
    }

    private void Data(string text)
    {
        _stream.Append(CultureInfo.InvariantCulture, $"data {Encoding.UTF8.GetByteCount(text)}\n{text}\n");
    }

    private string Pick() => _files.Keys.ElementAt(_random.Next(_files.Count));

    private string Line() => $"int value{_random.Next(1_000_000)} = {_random.Next(1000)};";

    private static void Run(string? gitDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { UseShellExecute = false };
        if (gitDirectory is not null)
        {
            start.ArgumentList.Add("--git-dir=" + gitDirectory);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var git = Process.Start(start)!;
        git.WaitForExit();
    }
}
