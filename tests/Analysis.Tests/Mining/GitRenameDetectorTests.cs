using System.Text;
using TruckFactor.Analysis.Mining;
using TruckFactor.Analysis.Tests.Support;
using static TruckFactor.Analysis.Tests.Support.Content;
using static TruckFactor.Analysis.Tests.Support.Person;

namespace TruckFactor.Analysis.Tests.Mining;

/// <summary>
/// Rename detection through <c>GitHistoryMiner.Mine</c>, each case against the independent route of
/// <c>git log --name-status --find-renames</c> with no rename limit on the same fixture (ALGORITHM.md: git's
/// default 50 % similarity, no limit).
/// </summary>
public sealed class GitRenameDetectorTests
{
    [Theory]
    [InlineData(8)]
    [InlineData(10)]
    [InlineData(11)]
    [InlineData(12)]
    public void Mine_SimilarityAroundFiftyPercent_SameAsGit(int keptLines)
    {
        // 20 lines of which keptLines survive the move: from 40 % to 60 % similar, around git's threshold.
        using var fixture = new GitFixture();
        fixture.WriteFile("old.c", Lines("x", 20)).Commit(Alice);
        fixture.Delete("old.c").WriteFile("new.c", Lines("x", keptLines) + Lines("y", 20 - keptLines)).Commit(Bob);

        GitNameStatus.AssertMinedAsGit(fixture);
    }

    [Fact]
    public void Mine_IdenticalSources_SameFileNamePreferredAsGit()
    {
        // Git's exact renames prefer, among identical sources, one with the destination's file name.
        using var fixture = new GitFixture();
        fixture.WriteFile("one/x.c", Lines("s", 5)).WriteFile("two/y.c", Lines("s", 5)).Commit(Alice);
        fixture.Delete("one/x.c").Delete("two/y.c").WriteFile("three/y.c", Lines("s", 5)).Commit(Bob);

        var log = GitNameStatus.AssertMinedAsGit(fixture);

        Assert.Contains(new FileChange(FileChangeKind.Renamed, "three/y.c", "two/y.c"), log.Commits[^1].Changes);
    }

    [Fact]
    public void Mine_IdenticalSourcesWithOtherNames_FirstInPathOrderAsGit()
    {
        using var fixture = new GitFixture();
        fixture.WriteFile("b/a.c", Lines("s", 5)).WriteFile("a/b.c", Lines("s", 5)).Commit(Alice);
        fixture.Delete("b/a.c").Delete("a/b.c").WriteFile("c/c.c", Lines("s", 5)).Commit(Bob);

        GitNameStatus.AssertMinedAsGit(fixture);
    }

    [Fact]
    public void Mine_UniqueFileNameAboveSeventyFivePercent_PairedBeforeMoreSimilarFileAsGit()
    {
        // Git pairs unique file names first (at 75 %), even when another deleted file is more similar.
        using var fixture = new GitFixture();
        fixture.WriteFile("old/util.c", Lines("u", 16) + Lines("a", 4))
            .WriteFile("old/copy.c", Lines("u", 19) + Lines("b", 1)).Commit(Alice);
        fixture.Delete("old/util.c").Delete("old/copy.c")
            .WriteFile("new/util.c", Lines("u", 20)).Commit(Bob);

        GitNameStatus.AssertMinedAsGit(fixture);
    }

    [Fact]
    public void Mine_SameFileNameBelowSeventyFivePercent_LeftToTheMatrixAsGit()
    {
        using var fixture = new GitFixture();
        fixture.WriteFile("old/util.c", Lines("u", 12) + Lines("a", 8))
            .WriteFile("old/other.c", Lines("u", 14) + Lines("b", 6)).Commit(Alice);
        fixture.Delete("old/util.c").Delete("old/other.c")
            .WriteFile("new/util.c", Lines("u", 20)).Commit(Bob);

        GitNameStatus.AssertMinedAsGit(fixture);
    }

    [Fact]
    public void Mine_EquallySimilarSources_TieBrokenAsGit()
    {
        // Two sources exactly as similar to each of two destinations; git's stable sort decides.
        using var fixture = new GitFixture();
        fixture.WriteFile("p.c", Lines("t", 15) + Lines("p", 5))
            .WriteFile("q.c", Lines("t", 15) + Lines("q", 5)).Commit(Alice);
        fixture.Delete("p.c").Delete("q.c")
            .WriteFile("r.c", Lines("t", 15) + Lines("r", 5))
            .WriteFile("s.c", Lines("t", 15) + Lines("s", 5)).Commit(Bob);

        GitNameStatus.AssertMinedAsGit(fixture);
    }

    [Fact]
    public void Mine_MoreCandidatesThanGitKeepsPerDestination_SameAsGit()
    {
        // Six sources similar to one destination; git keeps the best four candidates per destination.
        using var fixture = new GitFixture();
        for (var i = 0; i < 6; i++)
        {
            fixture.WriteFile($"src{i}.c", Lines("m", 12 + i) + Lines("src" + i, 8 - i));
        }

        fixture.Commit(Alice);
        for (var i = 0; i < 6; i++)
        {
            fixture.Delete($"src{i}.c");
        }

        fixture.WriteFile("dst.c", Lines("m", 20)).WriteFile("dst2.c", Lines("m", 14) + Lines("z", 6)).Commit(Bob);

        GitNameStatus.AssertMinedAsGit(fixture);
    }

    [Fact]
    public void Mine_FileGrowsBeyondGitsSizeLimit_NotARenameAsGit()
    {
        // All 20 lines kept but 25 added: the size changed by more than half, which git never scores.
        using var fixture = new GitFixture();
        fixture.WriteFile("grow.c", Lines("g", 20)).Commit(Alice);
        fixture.Delete("grow.c").WriteFile("grown.c", Lines("g", 20) + Lines("h", 25)).Commit(Bob);

        GitNameStatus.AssertMinedAsGit(fixture);
    }

    [Fact]
    public void Mine_CrLfAndNoFinalNewlineAndBinary_SameAsGit()
    {
        // Git ignores CR before LF in text, drops an unterminated last span and cuts binary data in 64-byte spans.
        using var fixture = new GitFixture();
        var binary = Enumerable.Range(0, 4096).Select(i => (byte)(i * 7 % 251)).ToArray();
        fixture.WriteFile("crlf.c", Lines("c", 20).Replace("\n", "\r\n", StringComparison.Ordinal))
            .WriteFile("tail.c", Lines("t", 3).TrimEnd('\n'))
            .WriteFile("data.bin", binary).Commit(Alice);
        binary[100] ^= 0xFF;
        fixture.Delete("crlf.c").Delete("tail.c").Delete("data.bin")
            .WriteFile("crlf2.c", (Lines("c", 17) + Lines("d", 3)).Replace("\n", "\r\n", StringComparison.Ordinal))
            .WriteFile("tail2.c", Lines("t", 3) + "x")
            .WriteFile("data2.bin", binary).Commit(Bob);

        GitNameStatus.AssertMinedAsGit(fixture);
    }

    [Fact]
    public void Mine_EmptyFilesMoved_SameAsGit()
    {
        // Every empty file has the same object id; git pairs them by file name, then path order.
        using var fixture = new GitFixture();
        fixture.WriteFile("e/one.c", string.Empty).WriteFile("e/two.c", string.Empty).Commit(Alice);
        fixture.Move("e/one.c", "f/two.c").Move("e/two.c", "f/one.c").Commit(Bob);

        GitNameStatus.AssertMinedAsGit(fixture);
    }

    [Fact]
    public void Mine_SymbolicLinksAndModeChanges_SameAsGit()
    {
        // A renamed link (exact only), a file turned into a link (T) and an executable bit flipped (M).
        using var fixture = new GitFixture();
        fixture.WriteFile("target.c", Lines("t", 5)).WriteFile("plain.c", Lines("p", 5))
            .WriteFile("run.sh", "#!/bin/sh\n").Commit(Alice);
        File.CreateSymbolicLink(Path.Combine(fixture.RepositoryPath, "link.c"), "target.c");
        fixture.Commit(Alice);
        fixture.Move("link.c", "link2.c").Commit(Bob);
        File.Delete(Path.Combine(fixture.RepositoryPath, "plain.c"));
        File.CreateSymbolicLink(Path.Combine(fixture.RepositoryPath, "plain.c"), "target.c");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(
                Path.Combine(fixture.RepositoryPath, "run.sh"),
                UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        fixture.Commit(Carol);

        GitNameStatus.AssertMinedAsGit(fixture);
    }

    [Fact]
    public void Mine_OneSourceTwoSimilarDestinations_OneRenameOneAddAsGit()
    {
        using var fixture = new GitFixture();
        fixture.WriteFile("base.c", Lines("b", 20)).Commit(Alice);
        fixture.Delete("base.c").WriteFile("left.c", Lines("b", 18) + Lines("l", 2))
            .WriteFile("right.c", Lines("b", 19) + Lines("r", 1)).Commit(Bob);

        GitNameStatus.AssertMinedAsGit(fixture);
    }

    [Fact]
    public void Mine_SourceBlobMissing_CountedAsFallbackExactRenamesKept()
    {
        // The old content of big.c is removed from the object database, as in a damaged or partial clone.
        // Expected by hand: the exact move of a.c is still R; big.c -> big2.c cannot be scored, so D + A; one
        // commit needed a missing blob.
        using var fixture = new GitFixture();
        fixture.WriteFile("a.c", Lines("a", 5)).WriteFile("big.c", Lines("big", 20)).Commit(Alice);
        var missing = fixture.Git("rev-parse", "HEAD:big.c").Trim();
        fixture.Move("a.c", "a2.c").Delete("big.c").WriteFile("big2.c", Lines("big", 19) + "edit\n").Commit(Bob);
        File.Delete(Path.Combine(fixture.RepositoryPath, ".git", "objects", missing[..2], missing[2..]));

        var log = Analyses.Mine(fixture.RepositoryPath);

        string[] expected = ["A\tbig2.c", "D\tbig.c", "R\ta.c\ta2.c"];
        Assert.Equal(expected, log.Commits[^1].Changes.Select(GitNameStatus.Describe).Order(StringComparer.Ordinal));
        Assert.Equal(1, log.Statistics.RenameFallbacks);
    }

    [Fact]
    public void Mine_ManyFilesSimilarToEachOther_SameAsGit()
    {
        // Forty generated files sharing most lines, all moved and lightly edited: a dense similarity matrix.
        using var fixture = new GitFixture();
        for (var i = 0; i < 40; i++)
        {
            fixture.WriteFile($"gen/f{i:D2}.c", Lines("common", 12) + Lines($"own{i}", 8));
        }

        fixture.Commit(Alice);
        for (var i = 0; i < 40; i++)
        {
            var text = new StringBuilder(Lines("common", 12)).Append(Lines($"own{i}", 6)).Append(Lines("new", 2));
            fixture.Delete($"gen/f{i:D2}.c").WriteFile($"moved/g{(i * 7) % 40:D2}.c", text.ToString());
        }

        fixture.Commit(Bob);

        GitNameStatus.AssertMinedAsGit(fixture);
    }
}
