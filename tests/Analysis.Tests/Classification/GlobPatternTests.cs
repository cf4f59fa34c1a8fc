using TruckFactor.Analysis.Classification;
using TruckFactor.Analysis.Tests.Support;

namespace TruckFactor.Analysis.Tests.Classification;

/// <summary>
/// The user's include and exclude patterns, which follow <c>.gitignore</c>: checked against
/// <c>git check-ignore --no-index</c> given the same pattern in a <c>.gitignore</c> (independent route).
/// </summary>
public sealed class GlobPatternTests
{
    private static readonly string[] Paths =
    [
        "a.c", "src/a.c", "src/lib/a.c", "src/a.h", "b.c", "d.c", "ab.c", "legacy/x.go", "src/legacy/y.go",
        "legacy.go", "build/out/x.o", "src/build/y.o", "docs/readme.md", "docs/api/index.md", "foo/bar/baz.txt",
        "foo/baz.txt", "x/foo/bar/baz.txt", "src/a.c/inner.txt", "[ab].c", "foo/xbaz.txt",
    ];

    [Theory]
    [InlineData("*.c")]
    [InlineData("/a.c")]
    [InlineData("src/*.c")]
    [InlineData("src/**/a.c")]
    [InlineData("**/lib/*.c")]
    [InlineData("legacy")]
    [InlineData("legacy/")]
    [InlineData("/legacy")]
    [InlineData("build/")]
    [InlineData("**/build")]
    [InlineData("[a-c].c")]
    [InlineData("[!a].c")]
    [InlineData("?.c")]
    [InlineData("foo/**/baz.txt")]
    [InlineData("src/**")]
    [InlineData("docs/*.md")]
    [InlineData("docs/")]
    [InlineData("s**.c")]
    [InlineData("foo/**baz.txt")]
    [InlineData("src/a.c/")]
    [InlineData("\\[ab].c")]
    public void IsMatch_Pattern_SameFilesAsGitCheckIgnore(string pattern)
    {
        using var fixture = new GitFixture();
        fixture.WriteFile(".gitignore", pattern + "\n");
        var ignored = fixture.Run(["check-ignore", "--no-index", "--", .. Paths]);
        Assert.True(ignored.ExitCode is 0 or 1, ignored.Error);
        var expected = ignored.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal);
        var glob = GlobPattern.Parse(pattern);

        var actual = Paths.Where(glob.IsMatch).Order(StringComparer.Ordinal);

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("*.c", new[] { "a.c", "c.c", "d.c", "ab.c", "src/a.c", "src/lib/a.c" })]
    [InlineData("/a.c", new[] { "a.c" })]
    [InlineData("src/**/a.c", new[] { "src/a.c", "src/lib/a.c" })]
    [InlineData("lib/", new[] { "src/lib/a.c" })]
    [InlineData("[a-c].c", new[] { "a.c", "c.c", "src/a.c", "src/lib/a.c" })]
    [InlineData("?.c", new[] { "a.c", "c.c", "d.c", "src/a.c", "src/lib/a.c" })]
    [InlineData("src/?.c", new[] { "src/a.c" })]
    public void IsMatch_Pattern_MatchesHandPickedPaths(string pattern, string[] expected)
    {
        // By hand, from gitignore(5): no slash matches at any depth, a leading slash anchors to the root, "**/"
        // spans zero or more folders, a trailing slash names a folder, "?" and "[a-c]" are one character.
        string[] paths = ["a.c", "c.c", "d.c", "ab.c", "src/a.c", "src/lib/a.c", "lib"];
        var glob = GlobPattern.Parse(pattern);

        var actual = paths.Where(glob.IsMatch);

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Parse_EmptyPattern_Throws(string pattern)
    {
        Assert.Throws<ArgumentException>(() => GlobPattern.Parse(pattern));
    }
}
