using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace TruckFactor.Analysis.Tests.Support;

/// <summary>
/// A small git repository in its own temp folder, built by running the git executable with a chosen author,
/// email and date for every commit. Nothing is read from the machine's git configuration: HOME points into the
/// temp folder and the system configuration is switched off. The folder is deleted on dispose.
/// </summary>
internal sealed class GitFixture : IDisposable
{
    // Commits without an explicit date are one hour apart from here, so ids are the same on every run.
    private static readonly DateTimeOffset FirstDate = new(2020, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private int _commitCount;

    public GitFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "tf-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Home = Path.Combine(Root, "home");
        RepositoryPath = Path.Combine(Root, "repo");
        Directory.CreateDirectory(Home);
        Directory.CreateDirectory(RepositoryPath);
        Git("init", "-q", "-b", "main");
    }

    /// <summary>Gets the temp folder that holds everything of this fixture.</summary>
    public string Root { get; }

    /// <summary>Gets the HOME given to git (and to the CLI under test).</summary>
    public string Home { get; }

    /// <summary>Gets the work tree of the repository.</summary>
    public string RepositoryPath { get; }

    /// <summary>Gets the date the next commit without an explicit date will get.</summary>
    public DateTimeOffset NextDate => FirstDate.AddHours(_commitCount);

    public GitFixture WriteFile(string path, string text) => WriteFile(path, Encoding.UTF8.GetBytes(text));

    public GitFixture WriteFile(string path, byte[] content)
    {
        var full = FullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return this;
    }

    /// <summary>
    /// Stages a file whose name is raw bytes, which need not be UTF-8 (as in old Latin-1 repositories): the blob
    /// and the index entry go through git's standard input, and the work tree is left alone (.NET could neither
    /// write nor delete such a name). Commit it with <see cref="CommitStaged"/>.
    /// </summary>
    public GitFixture WriteRawPath(byte[] path, string text)
    {
        var blob = Run(RepositoryPath, null, ["hash-object", "-w", "--stdin"], Encoding.UTF8.GetBytes(text))
            .ThrowIfFailed().Text.Trim();
        byte[] entry = [.. Encoding.ASCII.GetBytes($"100644 {blob}\t"), .. path, (byte)'\n'];
        Run(RepositoryPath, null, ["update-index", "--index-info"], entry).ThrowIfFailed();
        return this;
    }

    /// <summary>Removes a file from the work tree and the index (<c>git rm</c>).</summary>
    public GitFixture Delete(string path)
    {
        Git("rm", "-q", "--", path);
        return this;
    }

    /// <summary>Moves a file or folder (<c>git mv</c>).</summary>
    public GitFixture Move(string from, string to)
    {
        var target = Path.GetDirectoryName(FullPath(to));
        Directory.CreateDirectory(target!);
        Git("mv", "--", from, to);
        return this;
    }

    /// <summary>Stages everything and commits it as <paramref name="author"/> (also the committer).</summary>
    /// <returns>The new commit's id.</returns>
    public string Commit(Person author, string? message = null, DateTimeOffset? date = null)
    {
        Git("add", "-A");
        RunAs(author, date, "commit", "-q", "--allow-empty", "-m", message ?? $"Commit {_commitCount + 1}");
        return Head();
    }

    /// <summary>Commits the index as it is, without staging the work tree.</summary>
    /// <returns>The new commit's id.</returns>
    public string CommitStaged(Person author)
    {
        RunAs(author, null, "commit", "-q", "-m", $"Commit {_commitCount + 1}");
        return Head();
    }

    public GitFixture Branch(string name)
    {
        Git("branch", name);
        return this;
    }

    public GitFixture Checkout(string name)
    {
        Git("checkout", "-q", name);
        return this;
    }

    /// <summary>Merges <paramref name="branch"/> into the current branch with a merge commit.</summary>
    /// <returns>The merge commit's id.</returns>
    /// <exception cref="InvalidOperationException">The merge has a conflict.</exception>
    public string Merge(string branch, Person author, DateTimeOffset? date = null)
    {
        var result = RunAs(author, date, "merge", "-q", "--no-ff", "--no-edit", branch);
        return result.ExitCode == 0
            ? Head()
            : throw new InvalidOperationException($"Merging {branch} failed: {result.Text}{result.Error}");
    }

    /// <summary>Starts a merge and stops before committing, leaving conflicts (if any) in the work tree.</summary>
    /// <returns>True when git reported a conflict.</returns>
    public bool StartMerge(string branch, Person author)
    {
        var result = RunAs(author, null, "merge", "-q", "--no-ff", "--no-commit", branch);
        return result.ExitCode != 0;
    }

    /// <summary>Commits a merge started by <see cref="StartMerge"/>, after any hand resolution.</summary>
    /// <returns>The merge commit's id.</returns>
    public string ConcludeMerge(Person author, DateTimeOffset? date = null)
    {
        Git("add", "-A");
        RunAs(author, date, "commit", "-q", "--no-edit");
        return Head();
    }

    /// <summary>
    /// Adds a submodule entry (a gitlink) without any network: the index gets the commit id directly, the work
    /// tree an empty folder as for a submodule that was never initialised.
    /// </summary>
    public GitFixture AddSubmodule(string path, string commitId, bool withGitmodules = true)
    {
        if (withGitmodules)
        {
            var url = $"../{Path.GetFileName(path)}.git";
            WriteFile(".gitmodules", $"[submodule \"{path}\"]\n\tpath = {path}\n\turl = {url}\n");
        }

        Directory.CreateDirectory(FullPath(path));
        Git("update-index", "--add", "--cacheinfo", $"160000,{commitId},{path}");
        return this;
    }

    /// <summary>Clones the repository with <c>--depth 1</c> over file://, as a CI checkout would.</summary>
    /// <returns>The work tree of the shallow clone.</returns>
    public string ShallowClone()
    {
        var target = Path.Combine(Root, "shallow");
        Run(Root, "clone", "-q", "--depth", "1", new Uri(RepositoryPath).AbsoluteUri, target).ThrowIfFailed();
        return target;
    }

    public string Head() => Git("rev-parse", "HEAD").Trim();

    /// <summary>Runs git in the work tree and returns its output as text.</summary>
    /// <exception cref="InvalidOperationException">Git exited with an error.</exception>
    public string Git(params string[] arguments) => Run(RepositoryPath, arguments).ThrowIfFailed().Text;

    /// <summary>Runs git in the work tree with <paramref name="input"/> on its standard input.</summary>
    /// <exception cref="InvalidOperationException">Git exited with an error.</exception>
    public string Git(string[] arguments, string input) =>
        Run(RepositoryPath, null, arguments, Encoding.UTF8.GetBytes(input)).ThrowIfFailed().Text;

    /// <summary>Runs git in the work tree and returns the whole result, whatever the exit code.</summary>
    public ProcessResult Run(params string[] arguments) => Run(RepositoryPath, arguments);

    public void Dispose()
    {
        if (!Directory.Exists(Root))
        {
            return;
        }

        // Git writes its objects read-only, which stops a delete on Windows only.
        if (OperatingSystem.IsWindows())
        {
            foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }
        }

        Directory.Delete(Root, recursive: true);
    }

    private string FullPath(string path)
    {
        return Path.Combine(RepositoryPath, path.Replace('/', Path.DirectorySeparatorChar));
    }

    private ProcessResult RunAs(Person author, DateTimeOffset? date, params string[] arguments)
    {
        var when = (date ?? NextDate).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        _commitCount++;
        var identity = new Dictionary<string, string>
        {
            ["GIT_AUTHOR_NAME"] = author.Name,
            ["GIT_AUTHOR_EMAIL"] = author.Email,
            ["GIT_AUTHOR_DATE"] = when,
            ["GIT_COMMITTER_NAME"] = author.Name,
            ["GIT_COMMITTER_EMAIL"] = author.Email,
            ["GIT_COMMITTER_DATE"] = when,
        };
        string[] config = ["-c", "user.name=" + author.Name, "-c", "user.email=" + author.Email];
        return Run(RepositoryPath, identity, [.. config, .. arguments]);
    }

    private ProcessResult Run(string directory, params string[] arguments) => Run(directory, null, arguments);

    private ProcessResult Run(
        string directory,
        Dictionary<string, string>? variables,
        string[] arguments,
        byte[]? input = null)
    {
        var start = new ProcessStartInfo(File.Exists("/usr/bin/git") ? "/usr/bin/git" : "git")
        {
            WorkingDirectory = directory,
        };
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("GIT_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["HOME"] = Home;
        start.Environment["XDG_CONFIG_HOME"] = Path.Combine(Home, ".config");
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = Path.Combine(Home, ".gitconfig");
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["LC_ALL"] = "C";
        start.Environment["TZ"] = "UTC";
        foreach (var (name, value) in variables ?? [])
        {
            start.Environment[name] = value;
        }

        string[] settings =
        [
            "-c", "core.autocrlf=false", "-c", "commit.gpgsign=false", "-c", "advice.detachedHead=false",
            "-c", "merge.conflictStyle=merge", "-c", "protocol.file.allow=always",
        ];
        foreach (var argument in settings.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        return ChildProcess.Run(start, input);
    }
}
