using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using TruckFactor.Analysis;
using TruckFactor.Analysis.Errors;
using TruckFactor.Analysis.Results;
using TruckFactor.Harvest.Logging;
using TruckFactor.Harvest.Models;
using TruckFactor.Harvest.Reports;
using TruckFactor.Harvest.Storage;

namespace TruckFactor.Harvest.Activities;

/// <summary>
/// The fan-in: reads every stored commit log of a harvest, computes its truck factor with the requested profile,
/// and saves one JSON and one report page per repository, the harvest's report page, results.json and
/// results.csv.
/// </summary>
public sealed class ComputeTruckFactorsActivity : TaskActivity<ComputeInput, ComputeSummary>
{
    private const string HtmlType = "text/html; charset=utf-8";

    private readonly HarvestStore _store;
    private readonly ILogger<ComputeTruckFactorsActivity> _logger;

    /// <summary>Creates the activity.</summary>
    /// <param name="store">The harvest's blob container.</param>
    /// <param name="logger">The logger.</param>
    public ComputeTruckFactorsActivity(HarvestStore store, ILogger<ComputeTruckFactorsActivity> logger)
    {
        _store = store;
        _logger = logger;
    }

    /// <inheritdoc />
    public override async Task<ComputeSummary> RunAsync(TaskActivityContext context, ComputeInput input)
    {
        ArgumentNullException.ThrowIfNull(input);

        var harvest = input.Harvest;
        var outcomes = await LoadOutcomesAsync(input).ConfigureAwait(false);
        _logger.Computing(harvest.HarvestId, outcomes.Count(outcome => outcome.Succeeded));

        var profile = AnalysisOptions.For(ProfileNames.Parse(harvest.Profile));
        var options = harvest.Analysis?.Apply(profile) ?? profile;
        var rows = new RepositoryResultRow[outcomes.Count];

        // Analyses are CPU-bound and independent; memory stays bounded by one log per core.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        await Parallel.ForEachAsync(Enumerable.Range(0, outcomes.Count), parallel, async (index, token) =>
        {
            rows[index] = await ComputeAsync(harvest.HarvestId, outcomes[index], options, token).ConfigureAwait(false);
        }).ConfigureAwait(false);

        var succeeded = rows.Count(row => row.Status == RowStatus.Succeeded);
        var discovery = harvest.Discover is null
            ? null
            : new DiscoverySummary(
                harvest.Discover, harvest.Discovered ?? 0, BlobNames.RepositoryList(harvest.HarvestId),
                BlobNames.Discovery(harvest.HarvestId));
        var results = new HarvestResults(
            harvest.HarvestId, harvest.Profile, harvest.SubmittedAt, DateTimeOffset.UtcNow,
            succeeded, rows.Length - succeeded, rows, discovery);
        var resultsBlob = BlobNames.Results(harvest.HarvestId);

        // The page goes first: once results.json exists the harvest counts as finished, and its page with it.
        await _store.SaveTextAsync(
            BlobNames.Report(harvest.HarvestId), HarvestReport.Render(results), HtmlType, CancellationToken.None)
            .ConfigureAwait(false);
        await _store.SaveJsonAsync(resultsBlob, results, CancellationToken.None).ConfigureAwait(false);
        await _store.SaveTextAsync(
            BlobNames.ResultsCsv(harvest.HarvestId), ResultsCsv.Format(results), "text/csv", CancellationToken.None)
            .ConfigureAwait(false);
        return new ComputeSummary(results.Succeeded, results.Failed, resultsBlob);
    }

    private async Task<List<RepositoryOutcome>> LoadOutcomesAsync(ComputeInput input)
    {
        var harvest = input.Harvest;
        var outcomes = new List<RepositoryOutcome>(harvest.Repositories.Count);
        for (var index = 0; index < harvest.BatchCount; index++)
        {
            var batch = await _store.LoadJsonAsync<MineBatchResult>(BlobNames.Batch(harvest.HarvestId, index), default)
                .ConfigureAwait(false);
            if (batch is not null)
            {
                outcomes.AddRange(batch.Outcomes);
                continue;
            }

            var reason = input.FailedBatches.TryGetValue(index, out var why)
                ? $"Mining of its batch failed after retries: {why}"
                : "Mining of its batch did not complete.";
            outcomes.AddRange(harvest.Batch(index).Select(repository => RepositoryOutcome.Failure(repository, reason)));
        }

        return outcomes;
    }

    private async Task<RepositoryResultRow> ComputeAsync(
        string harvestId,
        RepositoryOutcome outcome,
        AnalysisOptions options,
        CancellationToken token)
    {
        if (!outcome.Succeeded)
        {
            return Failed(outcome, outcome.Error ?? "Mining failed.");
        }

        try
        {
            var log = await _store.LoadCommitLogAsync(outcome.CommitLogBlob!, token).ConfigureAwait(false);
            var result = TruckFactorAnalyzer.Analyze(log, options);
            var blobName = BlobNames.RepositoryResult(harvestId, outcome.Repository);
            await _store.SaveTextAsync(blobName, ResultJson.Serialize(result), "application/json", token)
                .ConfigureAwait(false);
            await SaveReportAsync(harvestId, outcome.Repository, result, token).ConfigureAwait(false);
            return new RepositoryResultRow(
                outcome.Repository, RowStatus.Succeeded, result.TruckFactor,
                [.. result.Authors.Select(author => author.Name)], result.Files, log.Commits.Count,
                result.Stats.Developers, log.Head, blobName, null);
        }
        catch (Exception ex) when (ex is TruckFactorException or InvalidDataException)
        {
            _logger.ComputeFailed(outcome.Repository, ex.Message);
            return Failed(outcome, ex.Message);
        }
    }

    private async Task SaveReportAsync(
        string harvestId,
        string repository,
        TruckFactorResult result,
        CancellationToken token)
    {
        // Only a key the API accepts gets a page, so every page stored can also be served.
        var key = BlobNames.RepositoryKey(repository);
        if (!BlobNames.IsRepositoryKey(key))
        {
            return;
        }

        var page = RepositoryReport.Render(result, new HarvestPageLink(harvestId, ReportLayout.HarvestPageFrom(key)));
        await _store.SaveTextAsync(BlobNames.RepositoryReportOfKey(harvestId, key), page, HtmlType, token)
            .ConfigureAwait(false);
    }

    private static RepositoryResultRow Failed(RepositoryOutcome outcome, string error) =>
        new(outcome.Repository, RowStatus.Failed, null, [], null, null, null, outcome.Head, null, error);
}
