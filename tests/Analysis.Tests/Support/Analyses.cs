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

    public static TruckFactorResult Run(GitFixture fixture, AnalysisProfile profile = AnalysisProfile.Default)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        return Run(Mine(fixture.RepositoryPath), profile);
    }
}
