using System.Diagnostics;

namespace TruckFactor.LocalHost.Azurite;

/// <summary>
/// Finds the Azurite executable, installing the pinned npm package on first use. Installs into one folder are
/// serialised across processes by a lock file beside it.
/// </summary>
internal static class AzuriteInstaller
{
    private const int TailLineCount = 20;

    private static readonly TimeSpan LockRetryInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// The Azurite executable to run: the configured one, else the installed one, installing it first if absent.
    /// </summary>
    internal static async Task<string> FindOrInstallAsync(
        AzuriteOptions options,
        TextWriter? progress,
        CancellationToken ct)
    {
        if (options.Executable is { } configured)
        {
            return File.Exists(configured)
                ? configured
                : throw new AzuriteException(
                    $"{AzuriteOptions.ExecutableVariable} names '{configured}', which does not exist. Point it at an "
                    + "azurite executable, or unset it to let TruckFactor install Azurite with npm.");
        }

        var installed = InstalledExecutable(options.InstallDirectory);
        var npm = RequireNodeTools(options, installed, needNpm: !File.Exists(installed));
        if (npm is null)
        {
            return installed;
        }

        await InstallAsync(npm, installed, options, progress, ct).ConfigureAwait(false);
        return installed;
    }

    private static string InstalledExecutable(string installDirectory) =>
        Path.Combine(
            installDirectory,
            "node_modules",
            ".bin",
            OperatingSystem.IsWindows() ? "azurite.cmd" : "azurite");

    /// <returns>The path of npm when it is needed, otherwise null.</returns>
    private static string? RequireNodeTools(AzuriteOptions options, string installed, bool needNpm)
    {
        var searchPath = options.SearchPath ?? Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        var node = FindOnPath("node", searchPath);
        var npm = needNpm ? FindOnPath("npm", searchPath) : null;
        var missing = new List<string>();
        if (node is null)
        {
            missing.Add("node");
        }

        if (needNpm && npm is null)
        {
            missing.Add("npm");
        }

        if (missing.Count == 0)
        {
            return npm;
        }

        var state = needNpm ? $"Azurite is not installed at {installed}" : $"Azurite at {installed} needs Node.js";
        throw new AzuriteException(
            $"{state}, and {string.Join(" and ", missing)} {(missing.Count == 1 ? "is" : "are")} not on the PATH "
            + $"({searchPath}). Install Node.js with npm ('apt-get install nodejs npm', or from https://nodejs.org), "
            + $"or set {AzuriteOptions.ExecutableVariable} to an azurite executable.");
    }

    private static string? FindOnPath(string name, string searchPath)
    {
        string[] suffixes = OperatingSystem.IsWindows() ? [".cmd", ".exe", ".bat", string.Empty] : [string.Empty];
        foreach (var directory in searchPath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var suffix in suffixes)
            {
                var candidate = Path.Combine(directory, name + suffix);
                if (File.Exists(candidate) && IsExecutable(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static bool IsExecutable(string path)
    {
        const UnixFileMode anyExecute =
            UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        return OperatingSystem.IsWindows() || (File.GetUnixFileMode(path) & anyExecute) != 0;
    }

    private static async Task InstallAsync(
        string npm,
        string installed,
        AzuriteOptions options,
        TextWriter? progress,
        CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.InstallTimeout);
        var directory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.InstallDirectory));
        await using var installLock = await AcquireLockAsync(directory + ".lock", progress, ct, timeout.Token)
            .ConfigureAwait(false);

        // Another process may have finished the install while this one waited for the lock.
        if (File.Exists(installed))
        {
            return;
        }

        progress?.WriteLine("Installing Azurite with npm (first use, about 30 s)…");
        Directory.CreateDirectory(directory);
        string[] arguments = ["install", "--no-audit", "--no-fund", "--prefix", directory, options.PackageSpec];
        var retry = $"npm {string.Join(' ', arguments.Select(Quote))}";
        var (exitCode, errorTail) = await RunToEndAsync(npm, arguments, options, retry, ct, timeout.Token)
            .ConfigureAwait(false);
        if (exitCode != 0 || !File.Exists(installed))
        {
            throw new AzuriteException(
                $"Installing Azurite with npm failed (exit code {exitCode}); npm said:{Environment.NewLine}"
                + $"{errorTail}{Environment.NewLine}Fix the cause and retry with: {retry}");
        }
    }

    private static async Task<FileStream> AcquireLockAsync(
        string lockPath,
        TextWriter? progress,
        CancellationToken ct,
        CancellationToken deadline)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(lockPath)!);
        var announced = false;
        while (true)
        {
            try
            {
                // FileShare.None takes an exclusive advisory lock on Unix, so a second installer waits here. The
                // file is left in place: deleting it would let two processes lock two different files.
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (!deadline.IsCancellationRequested)
            {
                if (!announced)
                {
                    progress?.WriteLine($"Waiting for another process installing Azurite (lock {lockPath})…");
                    announced = true;
                }
            }

            try
            {
                await Task.Delay(LockRetryInterval, deadline).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                throw new AzuriteException(
                    $"Another process held {lockPath} for the whole install timeout. If no install is running, "
                    + "delete that file and try again.");
            }
        }
    }

    private static async Task<(int ExitCode, string ErrorTail)> RunToEndAsync(
        string fileName,
        IEnumerable<string> arguments,
        AzuriteOptions options,
        string commandLine,
        CancellationToken ct,
        CancellationToken deadline)
    {
        using var process = new Process { StartInfo = NodeStartInfo(fileName, arguments, options) };
        process.Start();
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(deadline).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            ct.ThrowIfCancellationRequested();
            throw new AzuriteException(
                $"npm did not finish installing Azurite within {options.InstallTimeout}. Check the network to the npm "
                + $"registry, then retry with: {commandLine}");
        }

        await output.ConfigureAwait(false);
        return (process.ExitCode, LastLines(await error.ConfigureAwait(false)));
    }

    /// <summary>Start information for npm or Azurite, both Node scripts, with output redirected.</summary>
    internal static ProcessStartInfo NodeStartInfo(
        string fileName,
        IEnumerable<string> arguments,
        AzuriteOptions options)
    {
        var start = new ProcessStartInfo(fileName)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // npm and azurite are Node scripts found through '#!/usr/bin/env node': they must see the same PATH.
        if (options.SearchPath is not null)
        {
            start.Environment["PATH"] = options.SearchPath;
        }

        start.Environment["npm_config_update_notifier"] = "false";
        return start;
    }

    private static string LastLines(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "(no output)" : string.Join(Environment.NewLine, lines.TakeLast(TailLineCount));
    }

    private static string Quote(string argument) =>
        argument.Any(char.IsWhiteSpace) || argument.Contains('\'', StringComparison.Ordinal)
            ? $"\"{argument}\""
            : argument;
}
