using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace TruckFactor.Harvest.Tests.Support;

/// <summary>
/// A bare repository with thousands of commits written through <c>git fast-import</c> in about a second, so that
/// mining it takes long enough for a test to kill a worker in the middle.
/// </summary>
internal static class GeneratedHistory
{
    private static readonly string[] Authors = ["Ada", "Ben", "Cy", "Di", "Ed", "Flo"];

    public static void Create(string path, int commits, int files)
    {
        Directory.CreateDirectory(path);
        Run(path, null, "init", "-q", "--bare", "-b", "main");
        var stream = new StringBuilder();
        for (var i = 0; i < commits; i++)
        {
            var author = Authors[i * 7 % Authors.Length];
            var when = 1_500_000_000 + (i * 3600);
            var content = $"line {i}\n";
            stream.Append(CultureInfo.InvariantCulture,
                $"commit refs/heads/main\nauthor {author} <{author.ToLowerInvariant()}@example.com> {when} +0000\n");
            stream.Append(CultureInfo.InvariantCulture,
                $"committer {author} <{author.ToLowerInvariant()}@example.com> {when} +0000\ndata 3\nc{i % 10}\n");
            stream.Append(CultureInfo.InvariantCulture,
                $"M 100644 inline src/f{i % files}.c\ndata {Encoding.UTF8.GetByteCount(content)}\n{content}\n");
        }

        Run(path, stream.ToString(), "fast-import", "--quiet");
    }

    private static void Run(string path, string? input, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = path,
            RedirectStandardInput = input is not null,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["HOME"] = path;
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }

        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {error}");
        }
    }
}
