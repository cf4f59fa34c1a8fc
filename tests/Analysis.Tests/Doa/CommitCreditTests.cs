using TruckFactor.Analysis.Tests.Support;
using static TruckFactor.Analysis.Tests.Support.Person;

namespace TruckFactor.Analysis.Tests.Doa;

/// <summary>
/// The weight each commit's records get: none before <see cref="AnalysisOptions.Since"/>, and a half-life decay of
/// deliveries under <see cref="AnalysisOptions.HalfLife"/>. Expected authors follow from the paper's model computed
/// here by hand: DOA = 3.293 + 1.098 FA + 0.164 DL - 0.321 ln(1 + AC), with DL and AC summing weights.
/// </summary>
public sealed class CommitCreditTests
{
    private static readonly DateTimeOffset Head = new(2020, 4, 11, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Analyze_FileTouchedOnlyBeforeSince_DropsOutAndCountedWithoutHistory()
    {
        // old.go has only Alice's record of 2020; since 2021 nobody is credited with it.
        using var fixture = SinceHistory();
        var since = new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var result = Analyze(fixture, AnalysisOptions.For(AnalysisProfile.Default) with { Since = since });

        Assert.Equal(["f.go", "new.go"], result.FileAuthors.Select(f => f.Path));
        Assert.Equal(1, result.Selection!.WithoutHistory);
        Assert.Equal(3, result.Selection.Code);
        Assert.Equal(since, result.Settings!.Since);
    }

    [Fact]
    public void Analyze_EveryRecordBeforeSince_ErrorNamesSince()
    {
        // The files are code with records, only all older than since: the remedy is an earlier --since.
        using var fixture = SinceHistory();
        var options = AnalysisOptions.For(AnalysisProfile.Default) with
        {
            Since = new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero),
        };
        var log = Analyses.Mine(fixture.RepositoryPath);

        var error = Assert.Throws<Errors.NoAnalyzableFilesException>(() => TruckFactorAnalyzer.Analyze(log, options));

        Assert.Contains("3 files in the tree, 3 of them code", error.Message);
        Assert.Contains("--since", error.Message);
        Assert.Contains("2022-01-01", error.Message);
    }

    [Fact]
    public void Analyze_CreationBeforeSince_CreatorNotCredited()
    {
        // Whole history: Alice FA, AC 1: 4.169; Bob DL 1: 3.457 (0.829 of Alice's), both author f.go.
        // Since 2021: only Bob's delivery counts, 3.457, and he alone authors it.
        using var fixture = SinceHistory();
        var options = AnalysisOptions.For(AnalysisProfile.Default);

        var whole = Analyze(fixture, options);
        var recent = Analyze(fixture, options with { Since = new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero) });

        Assert.Equal(["Alice", "Bob"], whole.AuthorsOf("f.go"));
        Assert.Equal(["Bob"], recent.AuthorsOf("f.go"));
        Assert.Equal(0, whole.Selection!.WithoutHistory);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData(1000.0, false)]
    [InlineData(365.0, true)]
    public void Analyze_OldDeliveriesDecay_RecentEditorBecomesAuthor(double? halfLifeDays, bool bobAuthors)
    {
        // Alice creates f.go and edits it twice 100 and 99 days before the head; Bob edits it twice at the head
        // (ages 1 hour and 0). Bob authors f.go when 0.164 DL - 0.321 ln(1 + AC) >= 0 with AC the weighted sum of
        // Alice's edits: without decay AC = 2, DOA = 3.268; with 1000 days AC = 1.867, 3.283; with 365 days
        // AC = 1.656, 3.308 >= 3.293, and 3.308 / 4.310 (Alice) = 0.767 > 0.75.
        using var fixture = DecayHistory();
        TimeSpan? halfLife = halfLifeDays is { } days ? TimeSpan.FromDays(days) : null;
        double Weight(DateTimeOffset at) => halfLife is { } h ? Math.Pow(0.5, (Head - at).TotalDays / h.TotalDays) : 1;
        var acBob = Weight(Head.AddDays(-100)) + Weight(Head.AddDays(-99));
        var dlBob = Weight(Head.AddHours(-1)) + Weight(Head);
        var alice = Doa(1, acBob, dlBob);
        var bob = Doa(0, dlBob, acBob);
        Assert.Equal(bobAuthors, bob >= 3.293 && bob / alice > 0.75);

        var result = Analyze(fixture, AnalysisOptions.For(AnalysisProfile.Default) with { HalfLife = halfLife });

        Assert.Equal(bobAuthors ? ["Alice", "Bob"] : ["Alice"], result.AuthorsOf("f.go"));
        Assert.Equal(halfLifeDays, result.Settings!.HalfLifeDays);
    }

    [Theory]
    [InlineData(10.0)]
    [InlineData(0.5)]
    public void Analyze_OldCreationUnderShortHalfLife_CreationCountsWhole(double halfLifeDays)
    {
        // Alice created f.go 1000 days before Bob's one edit; under a short half-life her creation still counts
        // whole: 3.293 + 1.098 - 0.321 ln 2 = 4.169 against Bob's 3.457, so she stays the first author. Were FA
        // decayed like a delivery, she would fall to 3.071 and lose authorship (3.071 < 3.293, not creator).
        // At half a day, 0.5^2000 is below the smallest double: the weight must not round to "not credited".
        using var fixture = new GitFixture();
        fixture.WriteFile("f.go", "package f\n").Commit(Alice, date: Head.AddDays(-1000));
        fixture.WriteFile("f.go", "package f\n\nvar b = 1\n").Commit(Bob, date: Head);
        var options = AnalysisOptions.For(AnalysisProfile.Default) with
        {
            HalfLife = TimeSpan.FromDays(halfLifeDays),
        };

        var result = Analyze(fixture, options);

        Assert.Equal(["Alice", "Bob"], result.AuthorsOf("f.go"));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    public void Analyze_HalfLifeNotPositive_Throws(double days)
    {
        // A zero half-life would divide ages by zero and make every weight NaN.
        using var fixture = SinceHistory();
        var log = Analyses.Mine(fixture.RepositoryPath);
        var options = AnalysisOptions.For(AnalysisProfile.Default) with { HalfLife = TimeSpan.FromDays(days) };

        Assert.Throws<ArgumentOutOfRangeException>(() => TruckFactorAnalyzer.Analyze(log, options));
    }

    private static double Doa(int firstAuthorship, double deliveries, double acceptances)
    {
        return 3.293 + (1.098 * firstAuthorship) + (0.164 * deliveries) - (0.321 * Math.Log(1 + acceptances));
    }

    private static Results.TruckFactorResult Analyze(GitFixture fixture, AnalysisOptions options)
    {
        return TruckFactorAnalyzer.Analyze(Analyses.Mine(fixture.RepositoryPath), options);
    }

    private static GitFixture SinceHistory()
    {
        var fixture = new GitFixture();
        fixture
            .WriteFile("old.go", "package old\n")
            .WriteFile("f.go", "package f\n")
            .Commit(Alice, date: new DateTimeOffset(2020, 1, 1, 12, 0, 0, TimeSpan.Zero));
        fixture
            .WriteFile("f.go", "package f\n\nvar b = 1\n")
            .WriteFile("new.go", "package new\n")
            .Commit(Bob, date: new DateTimeOffset(2021, 6, 1, 12, 0, 0, TimeSpan.Zero));
        return fixture;
    }

    private static GitFixture DecayHistory()
    {
        var fixture = new GitFixture();
        fixture.WriteFile("f.go", "package f\n").Commit(Alice, date: Head.AddDays(-101));
        fixture.WriteFile("f.go", "package f\n\nvar a = 1\n").Commit(Alice, date: Head.AddDays(-100));
        fixture.WriteFile("f.go", "package f\n\nvar a = 2\n").Commit(Alice, date: Head.AddDays(-99));
        fixture.WriteFile("f.go", "package f\n\nvar b = 1\n").Commit(Bob, date: Head.AddHours(-1));
        fixture.WriteFile("f.go", "package f\n\nvar b = 2\n").Commit(Bob, date: Head);
        return fixture;
    }
}
