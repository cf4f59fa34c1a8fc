using System.Globalization;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using TruckFactor.Harvest.Discovery;
using TruckFactor.Harvest.Logging;
using TruckFactor.Harvest.Models;
using TruckFactor.Harvest.Storage;
using TruckFactor.Harvest.Validation;

namespace TruckFactor.Harvest.Activities;

/// <summary>
/// The discovery step: asks GitHub for the repositories of a request's discover block, checks each one against the
/// same URL policy as a listed repository, merges them after the listed ones without duplicates, and saves the
/// resolved list with the harvest's results so the same harvest can be run again from it.
/// </summary>
public sealed class DiscoverRepositoriesActivity : TaskActivity<DiscoverRepositoriesInput, DiscoveredRepositories>
{
    private readonly GitHubDiscoveryClient _client;
    private readonly RepositoryUrlPolicy _policy;
    private readonly HarvestStore _store;
    private readonly ILogger<DiscoverRepositoriesActivity> _logger;

    /// <summary>Creates the activity.</summary>
    /// <param name="client">Asks the configured GitHub API, with the configured token.</param>
    /// <param name="policy">Which repository locations a harvest may reach.</param>
    /// <param name="store">Where the resolved list is saved.</param>
    /// <param name="logger">The logger.</param>
    public DiscoverRepositoriesActivity(
        GitHubDiscoveryClient client,
        RepositoryUrlPolicy policy,
        HarvestStore store,
        ILogger<DiscoverRepositoriesActivity> logger)
    {
        _client = client;
        _policy = policy;
        _store = store;
        _logger = logger;
    }

    /// <inheritdoc />
    /// <exception cref="GitHubDiscoveryException">
    /// GitHub refused the token or the query, a rate limit lasts too long, or nothing is left to harvest.
    /// </exception>
    public override async Task<DiscoveredRepositories> RunAsync(
        TaskActivityContext context,
        DiscoverRepositoriesInput input)
    {
        ArgumentNullException.ThrowIfNull(input);

        _logger.Discovering(input.HarvestId);
        var found = await _client.DiscoverAsync(input.Discover.ToQuery(), new Progress(_store, input.HarvestId))
            .ConfigureAwait(false);

        var repositories = new List<string>(input.Listed);
        var seen = new HashSet<string>(input.Listed.Select(RepositoryUrlPolicy.DedupeKey), StringComparer.Ordinal);
        var refused = new List<string>();
        foreach (var url in found)
        {
            var check = _policy.Check(url);
            if (check.Normalized is not { } normalized)
            {
                // The found address may carry credentials: only its redacted form is logged and saved.
                var shown = RepositoryUrlPolicy.Redact(url);
                _logger.DiscoveredRepositoryRefused(shown, check.Error!);
                refused.Add($"{shown}: {check.Error}");
            }
            else if (seen.Add(RepositoryUrlPolicy.DedupeKey(normalized)))
            {
                repositories.Add(normalized);
            }
        }

        if (repositories.Count == 0)
        {
            throw new GitHubDiscoveryException(NothingFound(input.Discover, found.Count, refused));
        }

        var listBlob = BlobNames.RepositoryList(input.HarvestId);
        await _store.SaveTextAsync(
            listBlob, string.Join('\n', repositories) + "\n", "text/plain; charset=utf-8", CancellationToken.None)
            .ConfigureAwait(false);
        var details = new
        {
            request = input.Discover, discovered = found.Count, listed = input.Listed.Count, refused, repositories,
        };
        await _store.SaveJsonAsync(BlobNames.Discovery(input.HarvestId), details, CancellationToken.None)
            .ConfigureAwait(false);
        _logger.Discovered(input.HarvestId, found.Count, repositories.Count, refused.Count);
        return new DiscoveredRepositories(repositories, found.Count, refused.Count, listBlob);
    }

    // The orchestration's status can change only between activities, so the running count goes to a small blob the
    // status endpoint reads. Pages come one at a time from this activity's own flow; waiting for the write is the
    // simplest way to keep the counts in order.
    private sealed class Progress(HarvestStore store, string harvestId) : IProgress<int>
    {
        public void Report(int value) => store.SaveTextAsync(
                BlobNames.DiscoveryProgress(harvestId), value.ToString(CultureInfo.InvariantCulture), "text/plain",
                CancellationToken.None)
            .GetAwaiter().GetResult();
    }

    private static string NothingFound(HarvestDiscovery discover, int found, List<string> refused)
    {
        var what = $"{discover.Kind.ToString().ToLowerInvariant()} '{discover.Value}'";
        return refused.Count == 0
            ? $"GitHub found no repositories for the {what} (forks included: {discover.IncludeForks}, archived "
                + $"included: {discover.IncludeArchived}) and the request lists none; nothing to harvest."
            : $"All {found} repositories GitHub found for the {what} are refused by the URL policy, the first "
                + $"because {refused[0]}; nothing to harvest.";
    }
}
