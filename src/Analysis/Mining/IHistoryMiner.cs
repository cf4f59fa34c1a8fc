namespace TruckFactor.Analysis.Mining;

/// <summary>Reads a repository's history into a <see cref="CommitLog"/>.</summary>
public interface IHistoryMiner
{
    /// <summary>Mines every commit reachable from the requested revision.</summary>
    /// <param name="request">Which repository and revision to mine.</param>
    /// <param name="progress">Receives progress now and then; may be null.</param>
    /// <param name="cancellationToken">Stops the walk between commits.</param>
    /// <returns>The commit log, oldest commit first.</returns>
    /// <exception cref="Errors.TruckFactorException">The repository cannot be analysed; the message says why.
    /// </exception>
    CommitLog Mine(MiningRequest request, IProgress<MiningProgress>? progress, CancellationToken cancellationToken);

    /// <summary>
    /// Mines every commit reachable from the requested revision, taking the records of commits already in
    /// <paramref name="previous"/> (an earlier log of the same repository) instead of mining them again. The result
    /// equals a full mine: a commit's records depend only on it and its first parent.
    /// </summary>
    /// <param name="request">Which repository and revision to mine.</param>
    /// <param name="previous">An earlier log of the same repository, mined with the same settings; may be null.</param>
    /// <param name="progress">Receives progress now and then; may be null.</param>
    /// <param name="cancellationToken">Stops the walk between commits.</param>
    /// <returns>The commit log, oldest commit first.</returns>
    /// <exception cref="Errors.TruckFactorException">The repository cannot be analysed; the message says why.
    /// </exception>
    CommitLog Mine(
        MiningRequest request,
        CommitLog? previous,
        IProgress<MiningProgress>? progress,
        CancellationToken cancellationToken) => Mine(request, progress, cancellationToken);
}
