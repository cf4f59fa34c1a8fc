using System.Globalization;
using System.Text;
using TruckFactor.Analysis.Tests.Support;

namespace TruckFactor.Analysis.Tests.Mining.Raw;

/// <summary>
/// Builds a commit graph with exact committer times through <c>git fast-import</c>: each commit names its parents
/// in order and its time in seconds, so ties, skewed clocks and parent orders are chosen, not left to chance.
/// </summary>
internal sealed class FastImportHistory
{
    private readonly StringBuilder _stream = new();
    private int _count;

    /// <summary>Adds a commit; returns its mark, to name it as a parent later.</summary>
    public int Add(long time, params int[] parents)
    {
        var mark = ++_count;
        var message = $"commit {mark}\n";
        _stream.Append(CultureInfo.InvariantCulture, $"commit refs/heads/c{mark}\nmark :{mark}\n")
            .Append(CultureInfo.InvariantCulture, $"author A <a@example.com> {time} +0000\n")
            .Append(CultureInfo.InvariantCulture, $"committer C <c@example.com> {time} +0100\n")
            .Append(CultureInfo.InvariantCulture, $"data {message.Length}\n{message}");
        for (var i = 0; i < parents.Length; i++)
        {
            _stream.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "from" : "merge")} :{parents[i]}\n");
        }

        _stream.Append(CultureInfo.InvariantCulture, $"M 644 inline f{mark % 5}.txt\ndata <<END\n{mark}\nEND\n\n");
        return mark;
    }

    /// <summary>Imports the commits into the fixture; returns each mark's commit id.</summary>
    public Dictionary<int, string> Import(GitFixture fixture)
    {
        var marks = Path.Combine(fixture.Root, "marks");
        fixture.Git(["fast-import", "--quiet", "--export-marks=" + marks], _stream.ToString());
        return File.ReadAllLines(marks)
            .Select(l => l.Split(' '))
            .ToDictionary(f => int.Parse(f[0][1..], CultureInfo.InvariantCulture), f => f[1]);
    }
}
