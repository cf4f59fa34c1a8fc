using TruckFactor.Analysis.Identities;
using TruckFactor.Analysis.Tests.Support;
using static TruckFactor.Analysis.Tests.Support.Person;

namespace TruckFactor.Analysis.Tests.Identities;

/// <summary>
/// Pair-programming identities: recognised by <see cref="PairNames"/>, split into people by the default profile and
/// kept whole by the reference profile. Authorship numbers are computed by hand with the paper's model.
/// </summary>
public sealed class PairNamesTests
{
    private static readonly Person Pair = new("Ann Lee & Bob Stone", "pair@x.org");

    [Theory]
    [InlineData("Ann Lee & Bob Stone", new[] { "Ann Lee", "Bob Stone" })]
    [InlineData("Ann + Bob", new[] { "Ann", "Bob" })]
    [InlineData("Ann and Bob and Carol", new[] { "Ann", "Bob", "Carol" })]
    public void Split_SeveralPeople_TheirNames(string name, string[] expected)
    {
        Assert.Equal(expected, PairNames.Split(name));
    }

    [Theory]
    [InlineData("Ann Lee")]
    [InlineData("R&D Team")]
    [InlineData("Sandra Anderson")]
    [InlineData("ann@x.org & bob@x.org")]
    [InlineData("Ann & B")]
    [InlineData("Smith & Co")]
    [InlineData("Dombey and Sons")]
    public void Split_OnePersonOrFragment_Null(string name)
    {
        Assert.Null(PairNames.Split(name));
    }

    [Fact]
    public void Analyze_PairCreatesFileDefaultProfile_BothPeopleAuthor()
    {
        // f.go: the pair adds it, Carol edits it once; Carol adds g.go.
        // Split: Ann and Bob each FA = 1, AC = 1 (Carol): 3.293 + 1.098 - 0.321 ln 2 = 4.169.
        // Carol on f: DL = 1, AC = 0: 3.457; 3.457 / 4.169 = 0.829 > 0.75 and 3.457 >= 3.293, so she authors f too.
        // Greedy: Carol (2 files) leaves coverage 1/2, not below half; Ann, then Bob, leave 1/2 and 0: TF = 3.
        using var fixture = PairHistory();

        var result = Analyses.Run(fixture);

        Assert.Equal(["Ann Lee", "Bob Stone", "Carol"], result.AuthorsOf("f.go"));
        Assert.Equal(["Carol"], result.AuthorsOf("g.go"));
        Assert.Equal(3, result.Stats.Developers);
        Assert.Equal(["Carol", "Ann Lee", "Bob Stone"], result.AuthorNames());
    }

    [Fact]
    public void Analyze_PairCreatesFileReferenceProfile_OneIdentity()
    {
        // Unsplit, the pair is one developer with the same DOA (4.169) and Carol still authors f: after Carol the
        // pair is the last author of f, so TF = 2.
        using var fixture = PairHistory();

        var result = Analyses.Run(fixture, AnalysisProfile.Reference);

        Assert.Equal(["Ann Lee & Bob Stone", "Carol"], result.AuthorsOf("f.go"));
        Assert.Equal(2, result.Stats.Developers);
        Assert.Equal(["Carol", "Ann Lee & Bob Stone"], result.AuthorNames());
    }

    [Fact]
    public void Analyze_PairEditsCarolsFile_PartnersDoNotCountAgainstEachOther()
    {
        // Carol adds f.go; the pair edits it twice. Each pair commit is Ann's and Bob's own change: Ann and Bob
        // DL 2, AC 0: 3.293 + 0.328 = 3.621 >= 3.293; Carol FA, AC 2: 4.391 - 0.321 ln 3 = 4.038; 3.621 / 4.038 =
        // 0.897 > 0.75. Counting the partner's copy as someone else's change would give AC 2 and 3.268 < 3.293.
        using var fixture = new GitFixture();
        fixture.WriteFile("f.go", "package f\n").Commit(Carol);
        fixture.WriteFile("f.go", "package f\n\nvar a = 1\n").Commit(Pair);
        fixture.WriteFile("f.go", "package f\n\nvar a = 2\n").Commit(Pair);

        var result = Analyses.Run(fixture);

        Assert.Equal(["Carol", "Ann Lee", "Bob Stone"], result.AuthorsOf("f.go"));
    }

    [Fact]
    public void Resolve_PairMemberAlsoCommitsAlone_MergedByName()
    {
        // The pair's members are registered by name alone, so Ann's own identity joins her half of the pair.
        var log = new CommitLogBuilder()
            .Commit(Pair, Change.Add("a.c"))
            .Commit(new Person("Ann Lee", "ann@x.org"), Change.Add("b.c"))
            .Build();

        var map = IdentityResolver.Resolve(
            log.Commits,
            Mailmap.Empty,
            AnalysisOptions.For(AnalysisProfile.Default).Identity);

        Assert.Equal(["Ann Lee", "Bob Stone"], map.Developers.Select(d => d.Name));
        Assert.Equal([0, 0], map.CommitDevelopers);
        Assert.Equal([1], map.CoAuthorDevelopers![0]);
    }

    private static GitFixture PairHistory()
    {
        var fixture = new GitFixture();
        fixture.WriteFile("f.go", "package f\n").Commit(Pair);
        fixture.WriteFile("f.go", "package f\n\nvar x = 1\n").Commit(Carol);
        fixture.WriteFile("g.go", "package g\n").Commit(Carol);
        return fixture;
    }
}
