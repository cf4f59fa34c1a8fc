using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TruckFactor.Analysis.Errors;
using TruckFactor.Analysis.Mining;
using TruckFactor.Harvest.Logging;
using TruckFactor.Harvest.Models;
using TruckFactor.Harvest.Options;
using TruckFactor.Harvest.Storage;
using TruckFactor.Harvest.Validation;

namespace TruckFactor.Harvest.Mining;

/// <summary>
/// Brings one repository into the store: clone or fetch into the worker's cache, resolve the commit, and mine it
/// unless a log for that commit is already stored. Every failure a repository can cause becomes a failed outcome.
/// </summary>
public sealed class RepositoryHarvester
{
    // One clone per cache folder at a time within a process: two harvests naming the same repository would
    // otherwise fetch into the same bare repository concurrently.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Locks = new(StringComparer.Ordinal);

    private readonly HarvestStore _store;
    private readonly RepositoryCache _cache;
    private readonly RepositoryUrlPolicy _policy;
    private readonly IHistoryMiner _miner;
    private readonly ILogger<RepositoryHarvester> _logger;
    private readonly bool _allowPrivateAddresses;
    private readonly bool _keepClones;
    private readonly Uri? _tokenOrigin;

    /// <summary>Creates the harvester.</summary>
    /// <param name="store">Where commit logs are kept.</param>
    /// <param name="cache">The worker's clone cache.</param>
    /// <param name="policy">Checked again here, so a request that bypassed the API cannot reach other hosts.</param>
    /// <param name="miner">The history miner.</param>
    /// <param name="access">Whether private addresses may be reached (then host names are not resolved first).</param>
    /// <param name="harvest">Whether clones are kept after mining.</param>
    /// <param name="logger">The logger.</param>
    /// <param name="credentials">Where the GitHub token is used, named in the advice on a refused clone.</param>
    public RepositoryHarvester(
        HarvestStore store,
        RepositoryCache cache,
        RepositoryUrlPolicy policy,
        IHistoryMiner miner,
        IOptions<RepositoryAccessOptions> access,
        IOptions<HarvestOptions> harvest,
        ILogger<RepositoryHarvester> logger,
        GitHubCloneCredentials? credentials = null)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(harvest);
        _keepClones = harvest.Value.KeepClones;
        _allowPrivateAddresses = access.Value.AllowPrivateAddresses;
        _tokenOrigin = credentials?.Origin;
        _store = store;
        _cache = cache;
        _policy = policy;
        _miner = miner;
        _logger = logger;
    }

    /// <summary>Mines <paramref name="repository"/> into the store.</summary>
    /// <param name="repository">The location as requested.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The outcome; storage faults are thrown so the activity is retried.</returns>
    public async Task<RepositoryOutcome> HarvestAsync(string repository, CancellationToken cancellationToken)
    {
        var check = _policy.Check(repository);
        if (!check.IsAllowed)
        {
            return RepositoryOutcome.Failure(repository, check.Error!);
        }

        if (!_allowPrivateAddresses
            && await ResolvedAddressCheck.CheckAsync(check.Normalized!, cancellationToken)
                .ConfigureAwait(false) is { } refused)
        {
            _logger.RepositoryFailed(repository, refused);
            return RepositoryOutcome.Failure(repository, refused);
        }

        var gate = Locks.GetOrAdd(BlobNames.RepositoryKey(repository), _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var outcome = await HarvestLockedAsync(repository, cancellationToken).ConfigureAwait(false);
            if (!_keepClones)
            {
                _cache.Remove(repository);
            }

            return outcome;
        }
        catch (TruckFactorException ex)
        {
            var reason = Explain(ex.Message);
            _logger.RepositoryFailed(repository, reason);
            return RepositoryOutcome.Failure(repository, reason);
        }
        catch (Exception ex) when (ex is not (HarvestStorageException or OperationCanceledException))
        {
            // A damaged repository can fail deep inside libgit2; it must not sink the rest of its batch.
            var reason = $"Mining failed unexpectedly ({ex.GetType().Name}): {ex.Message}";
            _logger.RepositoryFailed(repository, reason);
            return RepositoryOutcome.Failure(repository, reason);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<RepositoryOutcome> HarvestLockedAsync(string repository, CancellationToken cancellationToken)
    {
        var (request, head) = await RunBlockingAsync(
            () =>
            {
                var (path, display) = _cache.Prepare(repository, cancellationToken);
                var request = new MiningRequest(path, display);
                return (request, GitHistoryMiner.ResolveCommit(request));
            },
            cancellationToken).ConfigureAwait(false);
        var blobName = BlobNames.CommitLog(repository, head);

        var stored = await HarvestStorageException.GuardAsync(
            () => _store.FindCommitLogAsync(blobName, cancellationToken)).ConfigureAwait(false);
        if (stored is { } counts)
        {
            _logger.Reused(repository, head);
            return new RepositoryOutcome(
                repository, true, blobName, head, counts.Commits, counts.Files, true, null,
                RepositoryOutcome.ThisWorker);
        }

        var previous = await LoadPreviousLogAsync(repository, cancellationToken).ConfigureAwait(false);
        var stopwatch = Stopwatch.StartNew();
        var log = await RunBlockingAsync(
            () => _miner.Mine(request with { Revision = head }, previous, progress: null, cancellationToken),
            cancellationToken).ConfigureAwait(false);
        await HarvestStorageException.GuardAsync(
            async () =>
            {
                await _store.SaveCommitLogAsync(blobName, log, cancellationToken).ConfigureAwait(false);
                return true;
            }).ConfigureAwait(false);
        _logger.Mined(repository, head, log.Commits.Count, stopwatch.ElapsedMilliseconds);
        return new RepositoryOutcome(
            repository, true, blobName, head, log.Commits.Count, log.Files.Count, false, null,
            RepositoryOutcome.ThisWorker);
    }

    /// <summary>
    /// Loads the newest stored log of the repository at another head: its commits need not be mined again. Only
    /// logs of the current format count (older ones lack records the new format holds). An unreadable log is only
    /// a lost shortcut, so it is logged and the repository is mined in full.
    /// </summary>
    private async Task<CommitLog?> LoadPreviousLogAsync(string repository, CancellationToken cancellationToken)
    {
        var newest = await HarvestStorageException.GuardAsync(
            () => _store.FindNewestAsync(
                BlobNames.CommitLogPrefix(repository), BlobNames.CommitLogSuffix, cancellationToken))
            .ConfigureAwait(false);
        if (newest is null)
        {
            return null;
        }

        return await HarvestStorageException.GuardAsync(
            async () =>
            {
                try
                {
                    var previous = await _store.LoadCommitLogAsync(newest, cancellationToken).ConfigureAwait(false);
                    _logger.MiningFromStoredLog(repository, previous.Head, previous.Commits.Count);
                    return previous;
                }
                catch (InvalidDataException ex)
                {
                    _logger.StoredLogUnreadable(newest, ex.Message);
                    return null;
                }
            }).ConfigureAwait(false);
    }

    // A private repository is refused as "authentication required" (no token) or "authentication replays" (a token
    // the server rejects); either way the fix is the token's configuration, which git's words do not name.
    private string Explain(string message)
    {
        if (!message.Contains("authentication", StringComparison.OrdinalIgnoreCase))
        {
            return message;
        }

        return _tokenOrigin is null
            ? message + " If the repository is private, configure a GitHub token that can read it (setting "
                + "GitHub:Token, environment variable GitHub__Token)."
            : message + $" The configured GitHub token is used for {_tokenOrigin.GetLeftPart(UriPartial.Authority)} "
                + "only (GitHub:CloneBaseUrl); check that the token (GitHub:Token, environment variable GitHub__Token) "
                + "can read this repository and has not expired.";
    }

    // Cloning and mining block for seconds to minutes; a dedicated thread keeps the worker's gRPC stream and
    // storage calls responsive on the thread pool meanwhile.
    private static Task<T> RunBlockingAsync<T>(Func<T> work, CancellationToken cancellationToken) =>
        Task.Factory.StartNew(work, cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
}
