using TruckFactor.Analysis.Classification;
using TruckFactor.Analysis.Mining;

namespace TruckFactor.Analysis.Tests.Support;

/// <summary>Mines a fixture and classifies its files, as the analysis does before computing authorship.</summary>
internal static class Classifications
{
    /// <summary>Returns the decision on every file of the fixture's HEAD, by path.</summary>
    public static Dictionary<string, FileDecision> Of(GitFixture fixture, ClassifierOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        return Of(Analyses.Mine(fixture.RepositoryPath), options);
    }

    /// <summary>Returns the decision on every file of a mined log, by path.</summary>
    public static Dictionary<string, FileDecision> Of(CommitLog log, ClassifierOptions? options = null)
    {
        return new FileClassifier(options ?? new ClassifierOptions())
            .Classify(log)
            .ToDictionary(d => d.Path, StringComparer.Ordinal);
    }
}
