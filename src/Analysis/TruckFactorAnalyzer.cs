using System.Globalization;
using System.Diagnostics;
using TruckFactor.Analysis.Doa;
using TruckFactor.Analysis.Errors;
using TruckFactor.Analysis.Identities;
using TruckFactor.Analysis.Mining;
using TruckFactor.Analysis.Results;

namespace TruckFactor.Analysis;

/// <summary>Computes the truck factor of a mined history (Avelino et al., ICPC 2016).</summary>
public static class TruckFactorAnalyzer
{
    /// <summary>Computes the truck factor, its developers and the files at risk.</summary>
    /// <param name="log">The mined history.</param>
    /// <param name="options">The profile's choices.</param>
    /// <returns>The result.</returns>
    /// <exception cref="NoAnalyzableFilesException">No file of the commit has a history record.</exception>
    public static TruckFactorResult Analyze(CommitLog log, AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(options);
        options.Doa.Validate();

        var stopwatch = Stopwatch.StartNew();
        var identities = IdentityResolver.Resolve(log.Commits, Mailmap.Parse(log.Mailmap), options.Identity);
        IFileHistoryBuilder builder = options.FollowLineages
            ? new LineageHistoryBuilder()
            : new PathKeyedHistoryBuilder();
        var histories = builder.Build(log.Commits, identities.CommitDevelopers, log.Files);
        if (histories.Count == 0)
        {
            throw new NoAnalyzableFilesException(
                $"'{log.Repository}' has no file with a history record at {log.Head[..Math.Min(12, log.Head.Length)]} "
                + $"({log.Files.Count} files in the tree). Analyse a commit whose files were committed by people.");
        }

        var authorships = AuthorshipCalculator.Compute(histories, options.Doa);
        var developers = identities.Developers;
        var keys = StableKeys(developers);
        var outcome = GreedyTruckFactor.Compute(authorships, ChangeCounts.Sum(histories), keys, options.Doa);
        var directories = DirectoryTruckFactors.Compute(histories, authorships, keys, options.Doa);
        stopwatch.Stop();

        return ResultBuilder.Build(log, options, identities, authorships, outcome, directories, stopwatch.Elapsed);
    }

    private static Dictionary<int, string> StableKeys(IReadOnlyList<Developer> developers)
    {
        // Name, then email, then first appearance: the same history always gives the same order.
        return developers.ToDictionary(
            d => d.Id,
            d => string.Join(
                '\n',
                d.Name.ToLowerInvariant(),
                d.Email.ToLowerInvariant(),
                d.Id.ToString("D9", CultureInfo.InvariantCulture)));
    }
}
