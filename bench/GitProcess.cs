using System.Diagnostics;

namespace TruckFactor.Bench;

/// <summary>Starts git on a repository with its output piped back, nothing from the user's configuration.</summary>
internal static class GitProcess
{
    public static Process Start(string repository, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--git-dir=" + GitDirectory(repository));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["LC_ALL"] = "C";
        return Process.Start(start) ?? throw new InvalidOperationException("git could not be started.");
    }

    /// <summary>Runs git and returns the wall-clock seconds it took to print everything; null when it failed
    /// (rename detection stops at the first blob missing from a partial clone).</summary>
    public static double? Time(string repository, IEnumerable<string> arguments)
    {
        var stopwatch = Stopwatch.StartNew();
        using var git = Start(repository, arguments);
        git.StandardOutput.BaseStream.CopyTo(Stream.Null);
        git.WaitForExit();
        return git.ExitCode == 0 ? stopwatch.Elapsed.TotalSeconds : null;
    }

    public static string Run(string repository, params string[] arguments)
    {
        using var git = Start(repository, arguments);
        var text = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        return text;
    }

    private static string GitDirectory(string repository)
    {
        var dotGit = Path.Combine(repository, ".git");
        return Directory.Exists(dotGit) ? dotGit : repository;
    }
}
