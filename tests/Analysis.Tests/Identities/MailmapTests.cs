using TruckFactor.Analysis.Identities;
using TruckFactor.Analysis.Tests.Support;

namespace TruckFactor.Analysis.Tests.Identities;

public sealed class MailmapTests
{
    // The four line forms of gitmailmap(5), with comments and blank lines around them.
    private const string Text = """
        # A comment line; the next line is blank.

        Name Only <only@example.com>
        <proper@example.com> <email-only@example.com>
        Both Parts <both@example.com> <old-both@example.com>   # a trailing comment
        Full Form <full@example.com> Commit Name <shared@example.com>
        """;

    private static readonly Mailmap Map = Mailmap.Parse(Text);

    public static TheoryData<string, string, string, string> Identities => new()
    {
        // commit name, commit email, expected name, expected email; worked out from gitmailmap(5) by hand.
        { "Someone", "only@example.com", "Name Only", "only@example.com" },
        { "Someone", "email-only@example.com", "Someone", "proper@example.com" },
        { "Someone", "old-both@example.com", "Both Parts", "both@example.com" },
        { "Commit Name", "shared@example.com", "Full Form", "full@example.com" },
        { "Somebody Else", "shared@example.com", "Somebody Else", "shared@example.com" },
        { "Someone", "OLD-Both@Example.COM", "Both Parts", "both@example.com" },
        { "COMMIT NAME", "Shared@Example.com", "Full Form", "full@example.com" },
        { "Someone", "ONLY@example.com", "Name Only", "ONLY@example.com" },
        { "Unmapped", "nobody@example.com", "Unmapped", "nobody@example.com" },
    };

    [Theory]
    [MemberData(nameof(Identities))]
    public void Map_EachLineForm_MapsAsWorkedOutByHand(
        string name,
        string email,
        string expectedName,
        string expectedEmail)
    {
        Assert.Equal((expectedName, expectedEmail), Map.Map(name, email));
    }

    [Fact]
    public void Parse_CommentsAndBlankLines_OnlyEntriesCounted()
    {
        // Four entry lines; the comment line, the blank line and the trailing comment add nothing.
        Assert.Equal(4, Map.Count);
    }

    [Fact]
    public void Map_EveryLineForm_SameAsGitCheckMailmap()
    {
        // Independent route: git check-mailmap applies the same .mailmap in a fixture's work tree.
        using var fixture = new GitFixture();
        fixture.WriteFile(".mailmap", Text);

        foreach (var row in Identities)
        {
            var (name, email) = ((string)row[0], (string)row[1]);
            Assert.Equal(CheckMailmap(fixture, name, email), Map.Map(name, email));
        }
    }

    [Fact]
    public void Map_NameLineThenEmailLineForSameAddress_CombinesBothAsGitDoes()
    {
        // Git keeps the name of one email-keyed line and the email of another for the same commit email.
        const string Lines = "Proper Name <commit@example.com>\n<proper@example.com> <commit@example.com>\n";
        using var fixture = new GitFixture();
        fixture.WriteFile(".mailmap", Lines);

        var mapped = Mailmap.Parse(Lines).Map("Someone", "commit@example.com");

        Assert.Equal(("Proper Name", "proper@example.com"), mapped);
        Assert.Equal(CheckMailmap(fixture, "Someone", "commit@example.com"), mapped);
    }

    [Fact]
    public void Map_HashInsideProperName_SameAsGitCheckMailmap()
    {
        // gitmailmap(5): '#' starts a comment at the start of a line or after the email address; git keeps a
        // '#' inside a name ("C# Team"). Expected value from git check-mailmap on the same line.
        const string Line = "C# Team <team@example.com> <old@example.com>\n";
        using var fixture = new GitFixture();
        fixture.WriteFile(".mailmap", Line);

        var mapped = Mailmap.Parse(Line).Map("Someone", "old@example.com");

        Assert.Equal(CheckMailmap(fixture, "Someone", "old@example.com"), mapped);
        Assert.Equal(("C# Team", "team@example.com"), mapped);
    }

    [Fact]
    public void Map_CrLfLineEndings_SameAsLf()
    {
        // A .mailmap written on Windows must map the same identities.
        var map = Mailmap.Parse(Text.Replace("\n", "\r\n", StringComparison.Ordinal));

        foreach (var row in Identities)
        {
            Assert.Equal(((string)row[2], (string)row[3]), map.Map((string)row[0], (string)row[1]));
        }
    }

    [Fact]
    public void Analyze_RepositoryMailmap_JoinsTwoIdentitiesAsGitShortlogDoes()
    {
        // Alice committed under two addresses and two spellings that share nothing; the .mailmap at HEAD joins
        // them. Independent route: git shortlog -se (mailmap-aware) lists one person with 3 commits.
        using var fixture = new GitFixture();
        fixture.WriteFile("a.c", "a\n").Commit(new Person("alice", "alice@old.example"));
        fixture.WriteFile("b.c", "b\n").Commit(new Person("Alice Smith", "alice@new.example"));
        fixture.WriteFile(".mailmap", "Alice Smith <alice@new.example> <alice@old.example>\n")
            .Commit(new Person("Alice Smith", "alice@new.example"));

        var result = Analyses.Run(fixture);
        var shortlog = fixture.Git("shortlog", "-se", "HEAD").Trim();

        Assert.Equal("3\tAlice Smith <alice@new.example>", shortlog);
        Assert.Equal(1, result.Stats.Developers);
        Assert.Equal(["Alice Smith"], result.AuthorNames());

        // The .mailmap itself is data, not code: the default classifier leaves it out.
        Assert.Equal(2, result.Authors[0].Files);
    }

    private static (string Name, string Email) CheckMailmap(GitFixture fixture, string name, string email)
    {
        var line = fixture.Git("check-mailmap", $"{name} <{email}>").TrimEnd('\n');
        var open = line.LastIndexOf('<');
        return (line[..open].TrimEnd(), line[(open + 1)..^1]);
    }
}
