using TruckFactor.Analysis.Doa;
using TruckFactor.Analysis.Identities;
using TruckFactor.Analysis.Mining;
using TruckFactor.Analysis.Results;

namespace TruckFactor.Analysis;

/// <summary>Turns the algorithm's internal outcome into the public result record.</summary>
internal static class ResultBuilder
{
    public static TruckFactorResult Build(
        CommitLog log,
        AnalysisOptions options,
        IdentityMap identities,
        IReadOnlyList<FileAuthorship> authorships,
        GreedyOutcome outcome,
        IReadOnlyList<DirectoryOutcome> directories,
        FileSelection selection,
        TimeSpan analysisTime)
    {
        var developers = identities.Developers;
        double files = authorships.Count;
        var authors = outcome.TruckFactorDevelopers
            .Select(d => Author(developers[d], outcome.AuthoredFiles[d], files))
            .ToList();
        var coverage = new List<CoverageStep> { new("(everyone)", 0, outcome.InitialCoverage) };
        coverage.AddRange(outcome.Curve.Select(
            s => new CoverageStep(developers[s.Developer].Name, outcome.AuthoredFiles[s.Developer], s.Coverage)));
        var fileAuthors = authorships
            .Select(a => new FileAuthors(a.Path, AuthorNames(a, developers)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        var mining = log.Statistics;
        var statistics = new AnalysisStatistics(
            mining.Commits,
            mining.Merges,
            mining.Records,
            mining.RenameFallbacks,
            developers.Count,
            (long)mining.Elapsed.TotalMilliseconds,
            (long)analysisTime.TotalMilliseconds);

        return new TruckFactorResult(
            log.Repository,
            log.Head,
            options.Profile.ToString().ToLowerInvariant(),
            authors.Count,
            authorships.Count,
            outcome.CoverageAfter,
            authors,
            outcome.OrphanedFiles,
            coverage,
            fileAuthors,
            log.Submodules,
            identities.ExcludedBots,
            statistics,
            directories.Select(d => ToDirectory(d, developers)).ToList(),
            selection,
            developers.Where(d => d.Identities.Count > 1).ToList(),
            Settings(options));
    }

    private static AnalysisSettings Settings(AnalysisOptions options)
    {
        return new AnalysisSettings(
            options.Classifier.Enabled,
            options.Classifier.Include,
            options.Classifier.Exclude,
            options.Identity.ExcludeBots,
            options.Identity.CreditCoAuthors,
            options.Since,
            options.HalfLife?.TotalDays,
            options.FollowLineages,
            options.Doa.PruneMinorAuthors);
    }

    private static TruckFactorAuthor Author(Developer developer, int authored, double files)
    {
        return new TruckFactorAuthor(developer.Name, developer.Email, authored, authored / files);
    }

    private static DirectoryTruckFactor ToDirectory(DirectoryOutcome directory, IReadOnlyList<Developer> developers)
    {
        var outcome = directory.Outcome;
        var names = outcome.TruckFactorDevelopers.Select(d => developers[d].Name).ToList();
        return outcome.TopDeveloper is { } top
            ? new DirectoryTruckFactor(
                directory.Path, directory.Files, names.Count, names, developers[top].Name, outcome.AuthoredFiles[top])
            : new DirectoryTruckFactor(directory.Path, directory.Files, names.Count, names, null, 0);
    }

    private static List<string> AuthorNames(FileAuthorship authorship, IReadOnlyList<Developer> developers)
    {
        var authors = authorship.Authors.ToHashSet();
        return authorship.Degrees
            .Where(d => authors.Contains(d.Developer))
            .Select(d => developers[d.Developer].Name)
            .ToList();
    }
}
