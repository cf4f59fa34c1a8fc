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
}
