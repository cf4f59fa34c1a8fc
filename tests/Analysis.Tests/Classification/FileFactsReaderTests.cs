using System.Text;
using TruckFactor.Analysis.Mining;
using TruckFactor.Analysis.Tests.Support;
using static TruckFactor.Analysis.Tests.Support.Person;

namespace TruckFactor.Analysis.Tests.Classification;

/// <summary>
/// The content facts recorded while mining for the classifier. The binary test is checked against git's own
/// (<c>git diff --numstat</c> prints "-" for binary files); the rest is counted by hand.
/// </summary>
public sealed class FileFactsReaderTests
{
    [Theory]
    [InlineData("a\nb\n", 2)]
    [InlineData("a\nb", 2)]
    [InlineData("\n", 1)]
    [InlineData("", 0)]
    public void Read_Text_SizeAndLines(string text, int lines)
    {
        var facts = FileFactsReader.Read(Encoding.UTF8.GetBytes(text));

        Assert.Equal(new FileFacts(text.Length, Binary: false, lines, text), facts);
    }

    [Fact]
    public void Read_SevenLines_HeaderKeepsFirstFive()
    {
        var facts = FileFactsReader.Read(Encoding.UTF8.GetBytes("1\n2\n3\n4\n5\n6\n7\n"));

        Assert.Equal("1\n2\n3\n4\n5\n", facts.Header);
    }

    [Theory]
    [InlineData("", 600)]
    [InlineData("a", 300)]
    public void Read_LongMultiByteLine_HeaderIsPrefixOfWholeCharacters(string lead, int count)
    {
        // "é" takes two bytes in UTF-8; behind an odd lead the 512-byte region ends inside one of them.
        var text = lead + new string('é', count);

        var header = FileFactsReader.Read(Encoding.UTF8.GetBytes(text)).Header!;

        Assert.InRange(header.Length, 200, FileFactsReader.HeaderLength);
        Assert.StartsWith(header, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Mine_NulInsideOrBeyondGitsProbe_BinaryAsGitSays()
    {
        // Independent route: git diff --numstat prints "-\t-" for the files git takes as binary.
        using var fixture = new GitFixture();
        fixture
            .WriteFile("inside.dat", NulAt(FileFactsReader.BinaryProbeLength - 1))
            .WriteFile("beyond.dat", NulAt(FileFactsReader.BinaryProbeLength))
            .WriteFile("text.dat", Encoding.ASCII.GetBytes(new string('a', 9000)))
            .Commit(Alice);
        var emptyTree = fixture.Git("hash-object", "-t", "tree", "/dev/null").Trim();
        var gitBinary = fixture.Git("diff", "--numstat", emptyTree, "HEAD")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.StartsWith("-\t-\t", StringComparison.Ordinal))
            .Select(line => line[4..])
            .ToList();

        var facts = Analyses.Mine(fixture.RepositoryPath).FileFacts!;

        Assert.Equal(["inside.dat"], gitBinary);
        Assert.Equal(gitBinary, facts.Where(f => f.Value.Binary).Select(f => f.Key));
        Assert.Null(facts["inside.dat"].Header);
    }

    [Fact]
    public void Mine_AttributesFilesAndSymbolicLink_RecordedByFolderLinkWithoutFacts()
    {
        using var fixture = new GitFixture();
        fixture
            .WriteFile(".gitattributes", "*.go linguist-generated\n")
            .WriteFile("lib/sub/.gitattributes", "*.c -linguist-vendored\n")
            .WriteFile("lib/a.go", "package lib\n");
        File.CreateSymbolicLink(Path.Combine(fixture.RepositoryPath, "link.go"), "lib/a.go");
        fixture.Commit(Alice);

        var log = Analyses.Mine(fixture.RepositoryPath);

        Assert.Equal(
            [
                new AttributesFile(string.Empty, "*.go linguist-generated\n"),
                new AttributesFile("lib/sub", "*.c -linguist-vendored\n"),
            ],
            log.Attributes);
        Assert.Contains("link.go", log.Files);
        Assert.False(log.FileFacts!.ContainsKey("link.go"));
        Assert.Equal(new FileFacts(12, false, 1, "package lib\n"), log.FileFacts["lib/a.go"]);
    }

    private static byte[] NulAt(int index)
    {
        var content = Encoding.ASCII.GetBytes(new string('a', index + 100));
        content[index] = 0;
        return content;
    }
}
