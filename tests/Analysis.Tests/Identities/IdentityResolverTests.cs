using TruckFactor.Analysis.Identities;
using TruckFactor.Analysis.Mining;
using TruckFactor.Analysis.Tests.Support;
using static TruckFactor.Analysis.Tests.Support.Change;
using static TruckFactor.Analysis.Tests.Support.Person;

namespace TruckFactor.Analysis.Tests.Identities;

public sealed class IdentityResolverTests
{
    private static readonly Person Dependabot =
        new("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com");

    [Theory]
    [InlineData(AnalysisProfile.Default)]
    [InlineData(AnalysisProfile.Reference)]
    public void Resolve_SameEmailInOtherCase_OneDeveloper(AnalysisProfile profile)
    {
        // ALGORITHM.md: identities sharing the case-insensitive email are one developer.
        var map = Resolve(profile, new Person("Ann", "ann@example.com"), new Person("A. Lee", "ANN@Example.COM"));

        var developer = Assert.Single(map.Developers);
        Assert.Equal(2, developer.Identities.Count);
        Assert.Equal([0, 0], map.CommitDevelopers);
    }

    [Theory]
    [InlineData(AnalysisProfile.Default)]
    [InlineData(AnalysisProfile.Reference)]
    public void Resolve_NamesDifferingByAccentsAndCase_OneDeveloper(AnalysisProfile profile)
    {
        // ALGORITHM.md: names are compared with accents stripped and case ignored ("José" = "jose").
        var map = Resolve(
            profile,
            new Person("José Silva", "js@work.example"),
            new Person("jose silva", "js@home.example"));

        Assert.Single(map.Developers);
    }

    [Theory]
    [InlineData(AnalysisProfile.Default)]
    [InlineData(AnalysisProfile.Reference)]
    public void Resolve_ChainOfSharedEmailThenSharedName_MergedTransitively(AnalysisProfile profile)
    {
        // The first and last identities share nothing; the middle one shares the email of the first and the
        // name of the last, so all three are one developer (ALGORITHM.md: "transitively").
        var map = Resolve(
            profile,
            new Person("Ann", "ann@old.example"),
            new Person("Ann Lee", "ann@old.example"),
            new Person("Ann Lee", "lee@new.example"));

        var developer = Assert.Single(map.Developers);
        Assert.Equal(3, developer.Identities.Count);
    }

    [Fact]
    public void Resolve_DifferentNamesAndEmails_TwoDevelopers()
    {
        // Nothing is shared, so nothing may be merged.
        var map = Resolve(AnalysisProfile.Default, Alice, Bob);

        Assert.Equal(["Alice", "Bob"], map.Developers.Select(d => d.Name));
    }

    [Theory]
    [InlineData(AnalysisProfile.Default, "Jose S.")]
    [InlineData(AnalysisProfile.Reference, "Jose Silva")]
    public void Resolve_MergedIdentities_ShownAsTheProfileSays(AnalysisProfile profile, string shown)
    {
        // README, Profiles: default shows the name on most commits (Jose S., 2 of 3); reference shows the
        // earliest name with accents stripped (José Silva -> Jose Silva).
        var map = Resolve(
            profile,
            new Person("José Silva", "js@example.com"),
            new Person("Jose S.", "js@example.com"),
            new Person("Jose S.", "js@example.com"));

        Assert.Equal(shown, Assert.Single(map.Developers).Name);
    }

    [Theory]
    [InlineData(AnalysisProfile.Default, 2)]
    [InlineData(AnalysisProfile.Reference, 1)]
    public void Resolve_GenericNameRoot_MergedOnlyInReference(AnalysisProfile profile, int developers)
    {
        // ALGORITHM.md: the reference merges by name, so two strangers called "root" become one developer;
        // the default profile never merges on a generic name.
        var map = Resolve(
            profile,
            new Person("root", "root@build1.example"),
            new Person("Root", "admin@build2.example"));

        Assert.Equal(developers, map.Developers.Count);
    }

    [Theory]
    [InlineData(AnalysisProfile.Default)]
    [InlineData(AnalysisProfile.Reference)]
    public void Resolve_EmptyName_ShownByEmail(AnalysisProfile profile)
    {
        // No developer may be shown blank: an author without a name is shown by the email.
        var map = Resolve(profile, new Person(string.Empty, "ghost@example.com"));

        Assert.Equal("ghost@example.com", Assert.Single(map.Developers).Name);
    }

    [Fact]
    public void Analyze_AuthorWithEmptyName_TruckFactorDeveloperShownByEmail()
    {
        // The only author adds the only file, so he is the truck factor; his name comes from his email.
        var log = new CommitLogBuilder().Commit(new Person(" ", "ghost@example.com"), Add("f.c")).Build();

        var result = Analyses.Run(log);

        Assert.Equal(["ghost@example.com"], result.AuthorNames());
    }

    [Theory]
    [InlineData("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com")]
    [InlineData("release-helper[bot]", "release-helper@example.com")]
    [InlineData("github-actions", "41898282+github-actions[bot]@users.noreply.github.com")]
    public void Resolve_Bot_ExcludedInDefaultKeptInReference(string name, string email)
    {
        // ALGORITHM.md: bots count as developers in the reference; the default profile leaves them out.
        var bot = new Person(name, email);

        var byDefault = Resolve(AnalysisProfile.Default, Alice, bot);
        var byReference = Resolve(AnalysisProfile.Reference, Alice, bot);

        Assert.Equal(["Alice"], byDefault.Developers.Select(d => d.Name));
        Assert.Equal(name, Assert.Single(byDefault.ExcludedBots).Name);
        Assert.Equal([0, -1], byDefault.CommitDevelopers);
        Assert.Equal(["Alice", name], byReference.Developers.Select(d => d.Name));
        Assert.True(byReference.Developers[1].IsBot);
        Assert.Empty(byReference.ExcludedBots);
    }

    [Fact]
    public void Analyze_BotEditsTenTimes_TakesAuthorshipOnlyInReference()
    {
        // Alice adds f.c, the bot edits it 10 times. Reference (bot kept): worked numbers 3 with k = 10, Alice's
        // DOA_N = 0.734, so only the bot authors f.c. Default (bot excluded): Alice alone, DOA 4.391.
        var builder = new CommitLogBuilder().Commit(Alice, Add("f.c"));
        for (var i = 0; i < 10; i++)
        {
            builder.Commit(Dependabot, Modify("f.c"));
        }

        var log = builder.Build();

        Assert.Equal(["Alice"], Analyses.Run(log, AnalysisProfile.Default).AuthorsOf("f.c"));
        Assert.Equal([Dependabot.Name], Analyses.Run(log, AnalysisProfile.Reference).AuthorsOf("f.c"));
    }

    private static IdentityMap Resolve(AnalysisProfile profile, params Person[] authors)
    {
        var builder = new CommitLogBuilder();
        foreach (var author in authors)
        {
            builder.Commit(author, Add(Guid.NewGuid().ToString("N") + ".c"));
        }

        IReadOnlyList<CommitRecord> commits = builder.Build().Commits;
        return IdentityResolver.Resolve(commits, Mailmap.Empty, AnalysisOptions.For(profile).Identity);
    }
}
