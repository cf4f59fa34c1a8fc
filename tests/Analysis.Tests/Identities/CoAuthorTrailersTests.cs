using TruckFactor.Analysis.Mining;
using TruckFactor.Analysis.Tests.Support;
using static TruckFactor.Analysis.Tests.Support.Person;

namespace TruckFactor.Analysis.Tests.Identities;

/// <summary>
/// <c>Co-authored-by:</c> trailers as read from commit messages, and their effect on authorship when credited.
/// Authorship numbers are computed by hand with the paper's model.
/// </summary>
public sealed class CoAuthorTrailersTests
{
    [Fact]
    public void Parse_SeveralTrailersAnyCase_EachOnceInOrder()
    {
        const string Message = "Fix the parser\n\nLonger text.\n\n"
            + "Co-authored-by: Ann Lee <ann@x.org>\n"
            + "co-authored-by: Bob Stone <bob@x.org>\r\n"
            + "CO-AUTHORED-BY:   Ann Lee   <ann@x.org>  \n"
            + "  Co-Authored-By: Carol <carol@x.org>\n";

        var coAuthors = CoAuthorTrailers.Parse(Message);

        Assert.Equal(
            [
                new CoAuthor("Ann Lee", "ann@x.org"),
                new CoAuthor("Bob Stone", "bob@x.org"),
                new CoAuthor("Carol", "carol@x.org"),
            ],
            coAuthors);
    }

    [Theory]
    [InlineData("Co-authored-by: Ann Lee\n")]
    [InlineData("Co-authored-by Ann Lee <ann@x.org>\n")]
    [InlineData("Co-authored-by: Ann Lee <ann@x.org\n")]
    [InlineData("Co-authored-by: <>\n")]
    [InlineData("Thanks to the Co-authored-by: Ann Lee <ann@x.org> convention\n")]
    [InlineData("Reviewed-by: Ann Lee <ann@x.org>\n")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_MalformedOrAbsentTrailer_None(string? message)
    {
        Assert.Empty(CoAuthorTrailers.Parse(message));
    }

    [Fact]
    public void Mine_CommitWithTrailer_RecordsCoAuthors()
    {
        using var fixture = new GitFixture();
        fixture.WriteFile("f.go", "package f\n").Commit(Alice, "Add f\n\nCo-authored-by: Bob <bob@example.com>\n");
        fixture.WriteFile("g.go", "package g\n").Commit(Alice, "Add g");

        var commits = Analyses.Mine(fixture.RepositoryPath).Commits;

        Assert.Equal([new CoAuthor("Bob", "bob@example.com")], commits[0].CoAuthors);
        Assert.Null(commits[1].CoAuthors);
    }

    [Fact]
    public void Analyze_CoAuthorsCreditedOrNot_AuthorsDiffer()
    {
        // f.go: Alice adds it with Bob as co-author. h.go: Carol adds it, then Alice edits it 4 times with Bob.
        // Off: f by Alice alone. h: Alice DL 4, AC 0: 3.293 + 0.656 = 3.949; Carol FA, AC 4:
        //   4.391 - 0.321 ln 5 = 3.874, 0.981 of Alice's: both author, Alice first.
        // On: f by Alice and Bob (FA each, 4.391). h: each of the 4 shared edits is Alice's and Bob's own change,
        //   not one the other must accept, and one change for Carol: Alice and Bob DL 4, AC 0: 3.949 each; Carol
        //   AC 4: 3.874 (0.981), so all three author h, Alice and Bob first.
        using var fixture = new GitFixture();
        const string WithBob = "Work\n\nCo-authored-by: Bob <bob@example.com>\n";
        fixture.WriteFile("f.go", "package f\n").Commit(Alice, WithBob);
        fixture.WriteFile("h.go", "package h\n").Commit(Carol);
        for (var i = 1; i <= 4; i++)
        {
            fixture.WriteFile("h.go", $"package h\n\nvar v = {i}\n").Commit(Alice, WithBob);
        }

        var log = Analyses.Mine(fixture.RepositoryPath);
        var options = AnalysisOptions.For(AnalysisProfile.Default);
        var credited = options with { Identity = options.Identity with { CreditCoAuthors = true } };

        var off = TruckFactorAnalyzer.Analyze(log, options);
        var on = TruckFactorAnalyzer.Analyze(log, credited);

        Assert.Equal(["Alice"], off.AuthorsOf("f.go"));
        Assert.Equal(["Alice", "Carol"], off.AuthorsOf("h.go"));
        Assert.Equal(["Alice", "Bob"], on.AuthorsOf("f.go"));
        Assert.Equal(["Alice", "Bob", "Carol"], on.AuthorsOf("h.go"));
        Assert.True(on.Settings!.CoAuthors);
    }

    [Fact]
    public void Analyze_AuthorNamesThemselfAsCoAuthor_CountedOnce()
    {
        // Carol adds f; Alice edits it twice, naming herself as co-author. Counted once: Alice DL 2, AC 0:
        // 3.621; Carol AC 2: 4.391 - 0.321 ln 3 = 4.038, so Alice (0.897 of Carol) authors f. Counted twice, Alice
        // would have DL 4 and Carol AC 4.
        using var fixture = new GitFixture();
        fixture.WriteFile("f.go", "package f\n").Commit(Carol);
        fixture.WriteFile("f.go", "package f\n\nvar a = 1\n");
        fixture.Commit(Alice, "A\n\nCo-authored-by: Alice <alice@example.com>");
        fixture.WriteFile("f.go", "package f\n\nvar a = 2\n");
        fixture.Commit(Alice, "B\n\nCo-authored-by: ALICE <Alice@Example.com>");
        var options = AnalysisOptions.For(AnalysisProfile.Default);
        var credited = options with { Identity = options.Identity with { CreditCoAuthors = true } };

        var result = TruckFactorAnalyzer.Analyze(Analyses.Mine(fixture.RepositoryPath), credited);

        Assert.Equal(["Carol", "Alice"], result.AuthorsOf("f.go"));
        Assert.Equal(2, result.Stats.Developers);
    }
}
