using TruckFactor.Analysis.Classification;
using TruckFactor.Analysis.Mining;
using TruckFactor.Analysis.Results;

namespace TruckFactor.Analysis.Tests.Support;

/// <summary>Mines and analyses in one call, as the CLI does.</summary>
internal static class Analyses
{
    public static CommitLog Mine(string path, string? revision = null, DateTimeOffset? at = null)
    {
        return new RawObjectMiner().Mine(new MiningRequest(path, path, revision, at), null, CancellationToken.None);
    }

    public static TruckFactorResult Run(CommitLog log, AnalysisProfile profile = AnalysisProfile.Default)
    {
        return TruckFactorAnalyzer.Analyze(log, AnalysisOptions.For(profile));
    }

    /// <summary>Runs the default profile on every file of the commit, for tests about something else than which
    /// files count.</summary>
    public static TruckFactorResult RunAllFiles(GitFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var options = AnalysisOptions.For(AnalysisProfile.Default) with { Classifier = ClassifierOptions.None };
        return TruckFactorAnalyzer.Analyze(Mine(fixture.RepositoryPath), options);
    }

    public static TruckFactorResult Run(GitFixture fixture, AnalysisProfile profile = AnalysisProfile.Default)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        return Run(Mine(fixture.RepositoryPath), profile);
    }
}
