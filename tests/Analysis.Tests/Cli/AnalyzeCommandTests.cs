using System.Globalization;
using System.Text.Json;
using TruckFactor.Analysis.Tests.Support;
using static TruckFactor.Analysis.Tests.Support.Person;

namespace TruckFactor.Analysis.Tests.Cli;

/// <summary><c>truckfactor analyze</c>, run as a separate process on fixtures.</summary>
public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly GitFixture _fixture = new();
    private readonly string _first;

    public AnalyzeCommandTests()
    {
        // Alice adds a.c and b.c, Bob adds c.c, all sole adders: by hand (see TruckFactorAnalyzerTests) Alice
        // authors 2 of 3 files and goes first, leaving 1/3 < 0.5: TF = 1, share 2/3, orphans a.c and b.c.
        _first = _fixture.WriteFile("a.c", "a\n").WriteFile("b.c", "b\n").Commit(Alice);
        _fixture.WriteFile("c.c", "c\n").Commit(Bob);
    }

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Analyze_Repository_PrintsTableWithTruckFactor()
    {
        var run = Cli("analyze", _fixture.RepositoryPath);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Text.Split('\n');
        Assert.Contains(lines, l => Words(l) is ["Truck", "factor", "1"]);
        Assert.Contains(lines, l => Words(l) is ["1", "Alice", "2", "66.7", "%"]);
    }

    [Fact]
    public void Analyze_FilesLeftOut_TableCountsThemByKind()
    {
        // Added on top of the three C files: a vendored copy, a README and a JSON file: one of each kind left out,
        // while the truck factor stays that of the three C files.
        _fixture.WriteFile("vendor/lib.c", "v\n").WriteFile("README.md", "r\n").WriteFile("data.json", "{}\n")
            .Commit(Bob);

        var run = Cli("analyze", _fixture.RepositoryPath);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Text.Split('\n');
        Assert.Contains(lines, l => Words(l) is ["Files", "3", "analysed;", ..]);
        Assert.Contains(
            lines,
            l => l.StartsWith("Left out      1 vendored, 1 documentation, 1 not code", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--output", "result.json")]
    [InlineData("--log", "history.json.gz")]
    public void Analyze_FileOptionNamingAFolder_OneLineBeforeMining(string option, string example)
    {
        var folder = Directory.CreateTempSubdirectory("tf-out-").FullName;
        try
        {
            var run = Cli("analyze", _fixture.RepositoryPath, option, folder);

            Assert.Equal(1, run.ExitCode);
            Assert.Equal(
                $"truckfactor: {option} '{folder}' is a folder; give a file path, such as "
                + $"'{Path.Combine(folder, example)}'.",
                run.Error.Trim());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Analyze_JsonFormat_CamelCaseFieldsWithHandComputedValues()
    {
        var run = Cli("analyze", _fixture.RepositoryPath, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Text);
        var root = json.RootElement;
        Assert.Equal(_fixture.RepositoryPath, root.GetProperty("repository").GetString());
        Assert.Equal(_fixture.Head(), root.GetProperty("commit").GetString());
        Assert.Equal("default", root.GetProperty("profile").GetString());
        Assert.Equal(1, root.GetProperty("truckFactor").GetInt32());
        Assert.Equal(3, root.GetProperty("files").GetInt32());
        Assert.Equal(1.0 / 3, root.GetProperty("coverageAfter").GetDouble(), 9);
        var author = Assert.Single(root.GetProperty("authors").EnumerateArray());
        Assert.Equal("Alice", author.GetProperty("name").GetString());
        Assert.Equal("alice@example.com", author.GetProperty("email").GetString());
        Assert.Equal(2, author.GetProperty("files").GetInt32());
        Assert.Equal(2.0 / 3, author.GetProperty("share").GetDouble(), 9);
        Assert.Equal(["a.c", "b.c"], root.GetProperty("orphanedFiles").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(2, root.GetProperty("stats").GetProperty("commits").GetInt32());
    }

    [Fact]
    public void Analyze_ReferenceProfile_NamedInJson()
    {
        var run = Cli("analyze", _fixture.RepositoryPath, "--profile", "reference", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Text);
        Assert.Equal("reference", json.RootElement.GetProperty("profile").GetString());
    }

    [Fact]
    public void Analyze_NonAsciiPath_KeptAsIsInJson()
    {
        // The JSON keeps non-ASCII text unescaped; the path comes back byte for byte.
        const string Path = "src/naïve ✓.c";
        _fixture.WriteFile(Path, "n\n").Commit(Carol);

        var run = Cli("analyze", _fixture.RepositoryPath, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"src/naïve ✓.c\"", run.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_AliasFile_MergesIdentitiesItNames()
    {
        // Bob also committed as "Robert <rob@home.example>", which shares nothing with Bob <bob@example.com>.
        // Without aliases: 3 developers; the alias file (mailmap format) joins them: 2.
        _fixture.WriteFile("d.c", "d\n").Commit(new Person("Robert", "rob@home.example"));
        var aliases = System.IO.Path.Combine(_fixture.Root, "aliases.txt");
        File.WriteAllText(aliases, "Bob <bob@example.com> Robert <rob@home.example>\n");

        var without = Cli("analyze", _fixture.RepositoryPath, "--format", "json");
        var with = Cli("analyze", _fixture.RepositoryPath, "--format", "json", "--alias-file", aliases);

        Assert.Equal(3, Developers(without));
        Assert.Equal(2, Developers(with));
    }

    [Fact]
    public void Analyze_OutputOption_WritesTheResultToTheFile()
    {
        var target = System.IO.Path.Combine(_fixture.Root, "result.json");

        var run = Cli("analyze", _fixture.RepositoryPath, "--format", "json", "--output", target);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Output);
        using var json = JsonDocument.Parse(File.ReadAllText(target));
        Assert.Equal(1, json.RootElement.GetProperty("truckFactor").GetInt32());
    }

    [Fact]
    public void Analyze_HtmlFormatWithOutput_WritesPageWithHandComputedNumbersAndNamesIt()
    {
        // By hand (see the constructor): TF 1, Alice authors 2 of the 3 files (share 2/3), 2 files orphaned.
        var target = System.IO.Path.Combine(_fixture.Root, "report.html");

        var run = Cli("analyze", _fixture.RepositoryPath, "--format", "html", "--output", target);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Contains(target, run.Error, StringComparison.Ordinal);
        var html = File.ReadAllText(target);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("data-field=\"truckFactor\" data-value=\"1\"", html, StringComparison.Ordinal);
        var share = (2.0 / 3).ToString("R", CultureInfo.InvariantCulture);
        Assert.Contains(
            $"data-name=\"Alice\" data-files=\"2\" data-share=\"{share}\"", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Orphaned files (2)</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_MissingPath_ExitsNonZeroWithOneLineNamingThePath()
    {
        var missing = System.IO.Path.Combine(_fixture.Root, "no-such-repository");

        var run = Cli("analyze", missing);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Empty(run.Output);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(missing, line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Analyze_BlankPath_ExitsNonZeroWithOneLineReason(string path)
    {
        // A wrong path is a user error: one line on standard error, no stack trace.
        var run = Cli("analyze", path);

        Assert.NotEqual(0, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("truckfactor: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_CorruptRepository_ExitsNonZeroWithOneLineNamingThePath()
    {
        File.WriteAllText(System.IO.Path.Combine(_fixture.RepositoryPath, ".git", "HEAD"), "garbage\n");

        var run = Cli("analyze", _fixture.RepositoryPath);

        Assert.NotEqual(0, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(_fixture.RepositoryPath, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_ShallowClone_ExitsNonZeroWithOneLineNamingThePath()
    {
        var clone = _fixture.ShallowClone();

        var run = Cli("analyze", clone);

        AssertOneLineError(run, clone);
    }

    [Fact]
    public void Analyze_EmptyRepository_ExitsNonZeroWithOneLineNamingThePath()
    {
        using var empty = new GitFixture();

        var run = Cli("analyze", empty.RepositoryPath);

        AssertOneLineError(run, empty.RepositoryPath);
    }

    [Fact]
    public void Analyze_NoAnalyzableFile_ExitsNonZeroWithOneLineNamingThePath()
    {
        // Only a submodule entry in the tree: README says this user error exits 1 with one line.
        using var submoduleOnly = new GitFixture();
        submoduleOnly.AddSubmodule("lib", _first, withGitmodules: false).Commit(Alice);

        var run = Cli("analyze", submoduleOnly.RepositoryPath);

        AssertOneLineError(run, submoduleOnly.RepositoryPath);
    }

    [Fact]
    public void Analyze_UnknownCommit_ExitsNonZeroNamingTheRevision()
    {
        var run = Cli("analyze", _fixture.RepositoryPath, "--commit", "no-such-revision");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Empty(run.Output);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("no-such-revision", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_CommitOption_AnalysesThatCommit()
    {
        // At the first commit only Alice's a.c and b.c exist: she authors both, TF = 1, 2 files.
        var run = Cli("analyze", _fixture.RepositoryPath, "--commit", _first, "--format", "json");

        using var json = JsonDocument.Parse(run.Text);
        Assert.Equal(_first, json.RootElement.GetProperty("commit").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("files").GetInt32());
    }

    [Fact]
    public void Analyze_AtDateWithoutZone_ReadAsUtcAndPicksCommitBefore()
    {
        // The commits are dated 12:00 and 13:00 UTC on 2020-01-01 (GitFixture's clock); 12:30 picks the first.
        // Independent route: git rev-list --first-parent --before.
        var expected = _fixture.Git("rev-list", "--first-parent", "-1", "--before=2020-01-01T12:30:00+00:00", "HEAD");

        var run = Cli("analyze", _fixture.RepositoryPath, "--at", "2020-01-01T12:30:00", "--format", "json");

        using var json = JsonDocument.Parse(run.Text);
        Assert.Equal(expected.Trim(), json.RootElement.GetProperty("commit").GetString());
        Assert.Equal(_first, expected.Trim());
    }

    [Fact]
    public void Analyze_AtNotADate_ExitsNonZeroNamingTheText()
    {
        var run = Cli("analyze", _fixture.RepositoryPath, "--at", "yesterday-ish");

        Assert.NotEqual(0, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("yesterday-ish", line, StringComparison.Ordinal);
    }

    private static void AssertOneLineError(ProcessResult run, string named)
    {
        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Output);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(named, line, StringComparison.Ordinal);
    }

    private static string[] Words(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static int Developers(ProcessResult run)
    {
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Text);
        return json.RootElement.GetProperty("stats").GetProperty("developers").GetInt32();
    }

    private ProcessResult Cli(params string[] arguments) => CliRunner.Run(_fixture.Home, arguments);
}
