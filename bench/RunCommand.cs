using System.Globalization;

namespace TruckFactor.Bench;

/// <summary>run [--ci] [--rounds N] &lt;repo&gt;...: measures the repositories given, or a generated one.</summary>
internal static class RunCommand
{
    // The generated history of --ci: big enough to time, small enough for a CI minute.
    private const int CiCommits = 3000;

    public static int Execute(List<string> arguments)
    {
        var ci = arguments.Remove("--ci");
        var rounds = 2;
        var roundsAt = arguments.IndexOf("--rounds");
        if (roundsAt >= 0)
        {
            rounds = int.Parse(arguments[roundsAt + 1], CultureInfo.InvariantCulture);
            arguments.RemoveRange(roundsAt, 2);
        }

        string? generated = null;
        if (ci)
        {
            generated = Path.Combine(Path.GetTempPath(), $"tf-bench-ci-{Guid.NewGuid():N}", "generated.git");
            arguments.Add(SyntheticHistory.Generate(generated, CiCommits));
            rounds = Math.Max(rounds, 3);
        }

        try
        {
            var rows = BenchRunner.Run(arguments, rounds);
            BenchRunner.Print(rows, Console.Out);
            return rows.All(r => r.RecordsIdentical) ? 0 : 1;
        }
        finally
        {
            if (generated is not null)
            {
                Directory.Delete(Path.GetDirectoryName(generated)!, recursive: true);
            }
        }
    }
}
