using TruckFactor.Analysis.Classification;
using TruckFactor.Analysis.Tests.Support;
using static TruckFactor.Analysis.Tests.Support.Person;

namespace TruckFactor.Analysis.Tests.Classification;

/// <summary>
/// <c>.gitattributes</c> as recorded while mining and as the classifier reads it. Pattern matching is checked
/// against <c>git check-attr</c> run in the same fixture; the overrides against the categories the linguist
/// attributes name (GitHub Linguist's documented overrides).
/// </summary>
public sealed class GitAttributesTests
{
    private static readonly string[] LinguistAttributes =
    [
        "linguist-vendored", "linguist-generated", "linguist-documentation", "linguist-language",
        "linguist-detectable",
    ];

    [Fact]
    public void Find_ManyPatternsAndNestedFile_SameAsGitCheckAttr()
    {
        // Independent route: git itself says which attribute each path gets; ours must agree path by path.
        using var fixture = new GitFixture();
        fixture
            .WriteFile(".gitattributes", string.Join('\n',
                "*.gen.go linguist-generated",
                "/root.txt linguist-documentation",
                "docs/ linguist-documentation",
                "manual/** linguist-documentation",
                "build/*.js linguist-generated=true",
                "**/fixtures/** linguist-vendored",
                "a/**/b.c linguist-vendored",
                "[ab]*.h linguist-language=C++",
                "[!ab]*.h linguist-language=C",
                "?.py linguist-detectable",
                "third/** linguist-vendored",
                "third/keep/** -linguist-vendored",
                "\"with space.c\" linguist-generated",
                "*.js linguist-generated",
                "*.min.js !linguist-generated",
                "# *.rb linguist-vendored",
                "conf/*.json linguist-detectable=false",
                "s**.c linguist-generated",
                "*.txt\tlinguist-documentation\r",
                "notes/*.txt   -linguist-documentation   linguist-language=Text",
                string.Empty))
            .WriteFile(
                "lib/.gitattributes",
                "*.c linguist-vendored\n/top.c -linguist-vendored\nsub/ linguist-generated\n"
                + "sub/*.c linguist-language=C\n")
            .WriteFile("lib/top.c", "int top;\n")
            .Commit(Alice);
        string[] paths =
        [
            "x.gen.go", "src/x.gen.go", "root.txt", "src/root.txt", "docs/a.md", "docs/sub/b.md", "manual/a.md",
            "manual/x/y.md", "build/a.js", "build/sub/a.js", "src/fixtures/f.rb", "fixtures/f.rb", "a/b.c",
            "a/x/y/b.c", "ab.h", "c.h", "b.h", "x.py", "xy.py", "third/a.go", "third/keep/b.go", "with space.c",
            "app.js", "app.min.js", "lib/top.c", "lib/x/top.c", "lib/y.c", "lib/sub/z.go", "top.c", "x.rb",
            "conf/a.json", "src/a.c", "sx.c", "notes.txt", "notes/a.txt", "lib/sub/q.c", "lib/x/sub/q.c",
        ];
        var expected = CheckAttr(fixture, paths);
        var attributes = GitAttributes.Parse(Analyses.Mine(fixture.RepositoryPath).Attributes);

        var actual = paths
            .SelectMany(p => LinguistAttributes.Select(a => (p, a, attributes.Find(p, a)?.Value)))
            .ToList();

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("linguist-vendored", FileCategory.Vendored)]
    [InlineData("linguist-generated", FileCategory.Generated)]
    [InlineData("linguist-documentation", FileCategory.Documentation)]
    public void Classify_AttributeSetOnOrdinarySource_ForcesCategory(string attribute, FileCategory expected)
    {
        using var fixture = new GitFixture();
        fixture
            .WriteFile(".gitattributes", $"src/special.go {attribute}\n")
            .WriteFile("src/special.go", "package src\n")
            .WriteFile("src/plain.go", "package src\n")
            .Commit(Alice);

        var decisions = Classifications.Of(fixture);

        Assert.Equal(
            new FileDecision("src/special.go", expected, $".gitattributes: {attribute}"),
            decisions["src/special.go"]);
        Assert.Equal(FileCategory.Code, decisions["src/plain.go"].Category);
    }

    [Theory]
    [InlineData("vendor/** -linguist-vendored")]
    [InlineData("vendor/** linguist-vendored=false")]
    public void Classify_VendoredAttributeUnset_VendorFolderStaysCode(string line)
    {
        using var fixture = new GitFixture();
        fixture
            .WriteFile(".gitattributes", line + "\n")
            .WriteFile("vendor/ours/lib.go", "package ours\n")
            .Commit(Alice);

        var decision = Classifications.Of(fixture)["vendor/ours/lib.go"];

        Assert.Equal(new FileDecision("vendor/ours/lib.go", FileCategory.Code, "Go"), decision);
    }

    [Fact]
    public void Classify_DocumentationUnsetOnDocsTree_DocsSourceIsCode()
    {
        using var fixture = new GitFixture();
        fixture
            .WriteFile(".gitattributes", "docs/** -linguist-documentation\n")
            .WriteFile("docs/build.py", "print('site')\n")
            .Commit(Alice);

        var decision = Classifications.Of(fixture)["docs/build.py"];

        Assert.Equal(new FileDecision("docs/build.py", FileCategory.Code, "Python"), decision);
    }

    [Fact]
    public void Classify_DocumentationUnsetWithFolderSlash_NoEffectAsInGit()
    {
        // gitattributes(5): a pattern naming a folder ("docs/") does not match the files inside it, so git
        // check-attr reports linguist-documentation unspecified for docs/build.py and the path rule still applies.
        using var fixture = new GitFixture();
        fixture
            .WriteFile(".gitattributes", "docs/ -linguist-documentation\n")
            .WriteFile("docs/build.py", "print('site')\n")
            .Commit(Alice);
        Assert.Equal(
            "docs/build.py: linguist-documentation: unspecified\n",
            fixture.Git("check-attr", "linguist-documentation", "--", "docs/build.py"));

        var decision = Classifications.Of(fixture)["docs/build.py"];

        Assert.Equal(new FileDecision("docs/build.py", FileCategory.Documentation, "folder docs/"), decision);
    }

    [Fact]
    public void Classify_DetectableOnJson_DataFileCounts()
    {
        using var fixture = new GitFixture();
        fixture
            .WriteFile(".gitattributes", "schema/*.json linguist-detectable\n")
            .WriteFile("schema/order.json", "{}\n")
            .WriteFile("config/app.json", "{}\n")
            .Commit(Alice);

        var decisions = Classifications.Of(fixture);

        Assert.Equal(
            new FileDecision("schema/order.json", FileCategory.Code, ".gitattributes: linguist-detectable (JSON)"),
            decisions["schema/order.json"]);
        Assert.Equal(
            new FileDecision("config/app.json", FileCategory.NotCode, "JSON is data"),
            decisions["config/app.json"]);
    }

    [Fact]
    public void Classify_GeneratedUnset_PathAndContentRulesSkipped()
    {
        const string Marked = "// Code generated by protoc-gen-go. DO NOT EDIT.\npackage api\n";
        using var fixture = new GitFixture();
        fixture
            .WriteFile(".gitattributes", "api/** -linguist-generated\n")
            .WriteFile("api/order.pb.go", Marked)
            .WriteFile("other/order.pb.go", Marked)
            .Commit(Alice);

        var decisions = Classifications.Of(fixture);

        Assert.Equal(new FileDecision("api/order.pb.go", FileCategory.Code, "Go"), decisions["api/order.pb.go"]);
        Assert.Equal(
            new FileDecision("other/order.pb.go", FileCategory.Generated, "protocol buffer or gRPC output"),
            decisions["other/order.pb.go"]);
    }

    [Fact]
    public void Classify_DetectableUnsetOnGo_NotCode()
    {
        using var fixture = new GitFixture();
        fixture.WriteFile(".gitattributes", "tools/*.go -linguist-detectable\n");
        fixture.WriteFile("tools/gen.go", "package t\n").Commit(Alice);

        var decision = Classifications.Of(fixture)["tools/gen.go"];

        Assert.Equal(
            new FileDecision("tools/gen.go", FileCategory.NotCode, ".gitattributes: -linguist-detectable (Go)"),
            decision);
    }

    [Fact]
    public void Classify_LanguageRubyOnUnknownExtension_CodeAsRuby()
    {
        using var fixture = new GitFixture();
        fixture
            .WriteFile(".gitattributes", "*.rules linguist-language=Ruby\n")
            .WriteFile("app/pricing.rules", "rule :discount do\nend\n")
            .WriteFile("app/other.unknownext", "rule :discount do\nend\n")
            .Commit(Alice);

        var decisions = Classifications.Of(fixture);

        Assert.Equal(
            new FileDecision("app/pricing.rules", FileCategory.Code, "Ruby (.gitattributes: linguist-language)"),
            decisions["app/pricing.rules"]);
        Assert.Equal(FileCategory.NotCode, decisions["app/other.unknownext"].Category);
    }

    [Theory]
    [InlineData("*.go linguist-generated\nsrc/keep.go -linguist-generated\n", FileCategory.Code)]
    [InlineData("src/keep.go -linguist-generated\n*.go linguist-generated\n", FileCategory.Generated)]
    public void Classify_TwoLinesMatch_LaterLineWins(string text, FileCategory expected)
    {
        using var fixture = new GitFixture();
        fixture
            .WriteFile(".gitattributes", text)
            .WriteFile("src/keep.go", "package src\n")
            .WriteFile("src/other.go", "package src\n")
            .Commit(Alice);

        var decisions = Classifications.Of(fixture);

        Assert.Equal(expected, decisions["src/keep.go"].Category);
        Assert.Equal(FileCategory.Generated, decisions["src/other.go"].Category);
    }

    [Fact]
    public void Classify_NestedAttributesFile_WinsOverRootOne()
    {
        // gitattributes(5): a file deeper in the tree overrides the ones above it.
        using var fixture = new GitFixture();
        fixture
            .WriteFile(".gitattributes", "*.go linguist-vendored\n")
            .WriteFile("lib/.gitattributes", "*.go -linguist-vendored\n")
            .WriteFile("lib/a.go", "package lib\n")
            .WriteFile("b.go", "package main\n")
            .Commit(Alice);

        var decisions = Classifications.Of(fixture);

        Assert.Equal(new FileDecision("lib/a.go", FileCategory.Code, "Go"), decisions["lib/a.go"]);
        Assert.Equal(
            new FileDecision("b.go", FileCategory.Vendored, ".gitattributes: linguist-vendored"),
            decisions["b.go"]);
    }

    [Fact]
    public void Classify_SetInNestedFile_ReasonNamesThatFile()
    {
        using var fixture = new GitFixture();
        fixture
            .WriteFile("pkg/api/.gitattributes", "*.go linguist-generated\n")
            .WriteFile("pkg/api/types.go", "package api\n")
            .Commit(Alice);

        var decision = Classifications.Of(fixture)["pkg/api/types.go"];

        Assert.Equal(
            new FileDecision("pkg/api/types.go", FileCategory.Generated, "pkg/api/.gitattributes: linguist-generated"),
            decision);
    }

    [Fact]
    public void Classify_AttributesChangedAfterAnalysedCommit_AnalysedCommitsFileCounts()
    {
        // The overrides are those of the analysed commit, not of the work tree or a later commit.
        using var fixture = new GitFixture();
        fixture.WriteFile(".gitattributes", "*.go linguist-generated\n").WriteFile("a.go", "package a\n");
        var first = fixture.Commit(Alice);
        fixture.WriteFile(".gitattributes", "*.txt text\n").Commit(Alice);

        var atFirst = Classifications.Of(Analyses.Mine(fixture.RepositoryPath, first));
        var atHead = Classifications.Of(fixture);

        Assert.Equal(FileCategory.Generated, atFirst["a.go"].Category);
        Assert.Equal(FileCategory.Code, atHead["a.go"].Category);
    }

    private static List<(string Path, string Attribute, string? Value)> CheckAttr(GitFixture fixture, string[] paths)
    {
        // -z prints path, attribute and state, each ended by NUL; "set" and "unset" are what Find calls true and
        // false, "unspecified" is no value.
        var output = fixture.Git(["check-attr", "-z", .. LinguistAttributes, "--", .. paths]);
        var fields = output.Split('\0');
        var result = new List<(string, string, string?)>();
        for (var i = 0; i + 2 < fields.Length; i += 3)
        {
            var value = fields[i + 2] switch
            {
                "set" => "true",
                "unset" => "false",
                "unspecified" => null,
                var text => text,
            };
            result.Add((fields[i], fields[i + 1], value));
        }

        return result;
    }
}
