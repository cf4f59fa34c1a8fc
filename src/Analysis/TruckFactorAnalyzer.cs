using System.Diagnostics;
using System.Globalization;
using TruckFactor.Analysis.Classification;
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
    /// <exception cref="ArgumentOutOfRangeException">A DOA value, or the half-life, is out of its range.</exception>
    public static TruckFactorResult Analyze(CommitLog log, AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(options);
        options.Doa.Validate();
        if (options.HalfLife is { } halfLife)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(halfLife, TimeSpan.Zero, nameof(options));
        }

        var stopwatch = Stopwatch.StartNew();
        var decisions = new FileClassifier(options.Classifier).Classify(log);
        var code = decisions.Where(d => d.Category == FileCategory.Code).Select(d => d.Path).ToList();
        var identities = IdentityResolver.Resolve(log.Commits, Mailmap.Parse(log.Mailmap), options.Identity);
        IFileHistoryBuilder builder = options.FollowLineages
            ? new LineageHistoryBuilder()
            : new PathKeyedHistoryBuilder();
        var histories = builder.Build(log.Commits, Credits(log, identities, options), code);
        if (histories.Count == 0)
        {
            throw new NoAnalyzableFilesException(NothingToAnalyse(log, decisions, code.Count, options.Since));
        }

        var authorships = AuthorshipCalculator.Compute(histories, options.Doa);
        var developers = identities.Developers;
        var keys = StableKeys(developers);
        var outcome = GreedyTruckFactor.Compute(authorships, ChangeCounts.Sum(histories), keys, options.Doa);
        var directories = DirectoryTruckFactors.Compute(histories, authorships, keys, options.Doa);
        stopwatch.Stop();

        var selection = Selection(options, decisions, code.Count - histories.Count);
        return ResultBuilder.Build(
            log, options, identities, authorships, outcome, directories, selection, stopwatch.Elapsed);
    }

    private static CommitCredit[] Credits(CommitLog log, IdentityMap identities, AnalysisOptions options)
    {
        // Ages count back from the analysed commit, so a result does not change with the day it is computed.
        var commits = log.Commits;
        var reference = commits.LastOrDefault(c => c.Sha == log.Head)?.AuthoredAt
            ?? (commits.Count == 0 ? DateTimeOffset.UnixEpoch : commits.Max(c => c.AuthoredAt));
        var credits = new CommitCredit[commits.Count];
        for (var i = 0; i < commits.Count; i++)
        {
            var weight = 1.0;
            if (options.Since is { } since && commits[i].AuthoredAt < since)
            {
                weight = 0;
            }
            else if (options.HalfLife is { } halfLife)
            {
                var age = Math.Max(0, (reference - commits[i].AuthoredAt).TotalDays);
                // Beyond about 1,074 half-lives the power rounds to 0, which would mean "before since": a tiny
                // floor keeps an old creation credited, as the half-life promises.
                weight = Math.Max(double.Epsilon, Math.Pow(0.5, age / halfLife.TotalDays));
            }

            var coAuthors = identities.CoAuthorDevelopers?[i] ?? [];
            credits[i] = new CommitCredit(identities.CommitDevelopers[i], coAuthors, weight);
        }

        return credits;
    }

    private static FileSelection Selection(AnalysisOptions options, IReadOnlyList<FileDecision> decisions, int idle)
    {
        var byCategory = decisions
            .GroupBy(d => d.Category)
            .OrderBy(g => g.Key)
            .ToDictionary(g => FileSelection.KeyOf(g.Key), g => g.Count(), StringComparer.Ordinal);
        var leftOut = decisions.Where(d => d.Category != FileCategory.Code).ToList();
        return new FileSelection(
            options.Classifier.Enabled, decisions.Count, decisions.Count - leftOut.Count, byCategory, leftOut, idle);
    }

    private static string NothingToAnalyse(
        CommitLog log,
        IReadOnlyList<FileDecision> decisions,
        int code,
        DateTimeOffset? since)
    {
        var commit = log.Head[..Math.Min(12, log.Head.Length)];
        if (decisions.Count > 0 && code == 0)
        {
            var counts = string.Join(", ", decisions
                .GroupBy(d => d.Category)
                .Select(g => $"{g.Count()} {FileSelection.KeyOf(g.Key)}"));
            return $"'{log.Repository}' has no source file at {commit}: the classifier left out all "
                + $"{decisions.Count} files ({counts}). "
                + (decisions.Any(d => d.Category == FileCategory.Excluded)
                    ? "Narrow --exclude, or name the files to analyse with --include PATTERN."
                    : "Name the files to analyse with --include PATTERN, or turn the classifier off "
                        + "(--no-classifier).");
        }

        // With since set, records may exist and all be older: then the remedy is an earlier date.
        var remedy = since is { } date
            ? $"Give an earlier --since than {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} (or none), "
                + "or analyse a commit whose files were committed by people."
            : "Analyse a commit whose files were committed by people.";
        return $"'{log.Repository}' has no file with a history record at {commit} ({log.Files.Count} files in the "
            + $"tree, {code} of them code). {remedy}";
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
