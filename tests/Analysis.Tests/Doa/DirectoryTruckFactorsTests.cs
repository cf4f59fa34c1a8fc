using TruckFactor.Analysis.Results;
using TruckFactor.Analysis.Tests.Support;
using static TruckFactor.Analysis.Tests.Support.Change;
using static TruckFactor.Analysis.Tests.Support.Person;

namespace TruckFactor.Analysis.Tests.Doa;

/// <summary>The per-directory truck factor, on repositories built by hand, with every value worked out below.</summary>
public sealed class DirectoryTruckFactorsTests
{
    [Fact]
    public void Analyze_NestedDirectories_EachDirectoryHasHandComputedTruckFactor()
    {
        // Files and their adders: README.md, src/core/a.c, src/core/b.c (Alice); src/core/c.c, docs/guide.md
        // (Bob); src/ui/x.js, src/ui/y.js (Carol). Then Carol edits guide.md twice and Bob three times.
        // guide.md: Bob DOA = 3.293 + 1.098 + 3 * 0.164 - 0.321 ln(1 + 2) = 4.5303; Carol DOA = 3.293 + 2 * 0.164
        // - 0.321 ln(1 + 3) = 3.1760, 3.1760 / 4.5303 = 0.701 <= 0.75, so Bob alone authors it. Every other file
        // has one record, its adder's, who authors it alone.
        // Changes (FA + DL) over the whole repository: Alice 3, Bob 2 + 3 = 5, Carol 2 + 2 = 4.
        using var git = new GitFixture();
        git.WriteFile("README.md", Content.Lines("r", 10)).WriteFile("src/core/a.c", Content.Lines("a", 10))
            .WriteFile("src/core/b.c", Content.Lines("b", 10)).Commit(Alice);
        git.WriteFile("src/core/c.c", Content.Lines("c", 10)).WriteFile("docs/guide.md", Content.Lines("g", 10))
            .Commit(Bob);
        git.WriteFile("src/ui/x.js", Content.Lines("x", 10)).WriteFile("src/ui/y.js", Content.Lines("y", 10))
            .Commit(Carol);
        Edit(git, Carol, 2);
        Edit(git, Bob, 3);

        var result = Analyses.RunAllFiles(git);

        var directories = result.Directories.ToDictionary(d => d.Path);
        Assert.Equal(["", "docs", "src", "src/core", "src/ui"], result.Directories.Select(d => d.Path));

        // Root, 7 files: Alice authors 3, Bob 2 (5 changes), Carol 2 (4 changes). Alice leaves 4/7 >= 0.5, then
        // Bob (more changes than Carol) leaves x.js and y.js, 2/7 < 0.5: TF 2, as for the whole repository.
        AssertDirectory(directories[""], files: 7, ["Alice", "Bob"], "Alice", 3);
        Assert.Equal(result.AuthorNames(), directories[""].Authors);

        // docs, 1 file, Bob's: removing him leaves 0/1: TF 1.
        AssertDirectory(directories["docs"], files: 1, ["Bob"], "Bob", 1);

        // src, 5 files: Alice 2, Carol 2, Bob 1. Within src Alice and Carol both have 2 changes, so the name
        // decides and Alice goes first (counting the whole repository's changes, Carol's 4 would beat Alice's 3).
        // Alice leaves 3/5 >= 0.5, Carol then leaves 1/5 < 0.5: TF 2.
        AssertDirectory(directories["src"], files: 5, ["Alice", "Carol"], "Alice", 2);

        // src/core, 3 files: Alice 2, Bob 1. Alice leaves 1/3 < 0.5: TF 1.
        AssertDirectory(directories["src/core"], files: 3, ["Alice"], "Alice", 2);

        // src/ui, 2 files, both Carol's: TF 1.
        AssertDirectory(directories["src/ui"], files: 2, ["Carol"], "Carol", 2);
    }

    [Fact]
    public void Analyze_DirectoryWithoutAuthors_TruckFactorZeroAndNoTopAuthor()
    {
        // As in GreedyTruckFactorTests: lib/g1.c and lib/g2.c are only edited, once by Bob and once by Carol,
        // DOA 3.293 + 0.164 - 0.321 ln 2 = 3.235 < 3.293 without FA, so neither has an author. lib starts at
        // coverage 0 < 0.5: TF 0 and nobody to name. The root (1/3 covered) is TF 0 too, with Alice on top.
        var log = new CommitLogBuilder()
            .Commit(Alice, Add("f.c"))
            .Commit(Bob, Modify("lib/g1.c"), Modify("lib/g2.c"))
            .Commit(Carol, Modify("lib/g1.c"), Modify("lib/g2.c"))
            .Build();

        var result = Analyses.Run(log);

        var lib = Assert.Single(result.Directories, d => d.Path == "lib");
        AssertDirectory(lib, files: 2, [], null, 0);
        AssertDirectory(result.Directories[0], files: 3, [], "Alice", 1);
    }

    private static void Edit(GitFixture git, Person who, int times)
    {
        for (var i = 0; i < times; i++)
        {
            git.WriteFile("docs/guide.md", Content.Lines("g", 10) + who.Name + i + "\n").Commit(who);
        }
    }

    private static void AssertDirectory(
        DirectoryTruckFactor directory,
        int files,
        string[] authors,
        string? topAuthor,
        int topAuthorFiles)
    {
        Assert.Equal(files, directory.Files);
        Assert.Equal(authors, directory.Authors);
        Assert.Equal(authors.Length, directory.TruckFactor);
        Assert.Equal(topAuthor, directory.TopAuthor);
        Assert.Equal(topAuthorFiles, directory.TopAuthorFiles);
    }
}
