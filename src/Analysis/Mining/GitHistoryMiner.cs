using System.Diagnostics;
using LibGit2Sharp;
using TruckFactor.Analysis.Mining.Raw;

namespace TruckFactor.Analysis.Mining;

/// <summary>Mines a local repository with LibGit2Sharp (libgit2), reading objects only: no checkout or write.</summary>
public sealed class GitHistoryMiner : IHistoryMiner
{
    private static readonly CompareOptions TreeOnly = new()
    {
        Similarity = new SimilarityOptions { RenameDetectionMode = RenameDetectionMode.None },
    };

    /// <summary>
    /// Returns the id of the commit <see cref="Mine"/> would analyse, without walking the history: callers that keep
    /// mined logs by commit id use it to find out whether a stored log is still current.
    /// </summary>
    /// <param name="request">The repository and revision.</param>
    /// <returns>The full hexadecimal commit id.</returns>
    /// <exception cref="Errors.TruckFactorException">
    /// The repository cannot be opened or the revision is unknown.
    /// </exception>
    public static string ResolveCommit(MiningRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        using var repository = RepositoryOpener.Open(request.RepositoryPath, request.DisplayName);
        return RevisionResolver.Resolve(repository, request).Sha;
    }

    /// <inheritdoc />
    public CommitLog Mine(
        MiningRequest request,
        IProgress<MiningProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var stopwatch = Stopwatch.StartNew();
        using var repository = RepositoryOpener.Open(request.RepositoryPath, request.DisplayName);
        var head = RevisionResolver.Resolve(repository, request);
        var snapshot = HeadSnapshot.Read(repository, head, cancellationToken);

        var filter = new CommitFilter
        {
            IncludeReachableFrom = head,
            SortBy = CommitSortStrategies.Topological | CommitSortStrategies.Time | CommitSortStrategies.Reverse,
        };
        var walk = repository.Commits.QueryBy(filter).ToList();
        var commits = new List<CommitRecord>(walk.Count);
        var renames = new GitRenameDetector(new LibGit2BlobSource(repository));
        int merges = 0, records = 0, fallbacks = 0;
        foreach (var commit in walk)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var record = ReadCommit(repository, renames, commit, ref fallbacks);
            merges += record.IsMerge ? 1 : 0;
            records += record.Changes.Count;
            commits.Add(record);
            if (commits.Count % 500 == 0)
            {
                progress?.Report(new MiningProgress(commits.Count, walk.Count));
            }
        }

        progress?.Report(new MiningProgress(commits.Count, walk.Count));
        var statistics = new MiningStatistics(commits.Count, merges, records, fallbacks, stopwatch.Elapsed);
        return snapshot.ToLog(request.DisplayName, head.Sha, commits, statistics);
    }

    /// <summary>Mines one commit through LibGit2Sharp; the raw miner's fallback for objects it cannot read.
    /// </summary>
    internal static CommitRecord ReadCommit(
        Repository repository,
        GitRenameDetector? renames,
        Commit commit,
        ref int fallbacks)
    {
        var parents = commit.Parents.ToList();
        var author = commit.Author;
        IReadOnlyList<FileChange> changes = [];
        if (parents.Count <= 1)
        {
            var parentTree = parents.Count == 0 ? null : parents[0].Tree;
            var diff = repository.Diff.Compare<TreeChanges>(parentTree, commit.Tree, TreeOnly);
            changes = ToChanges(diff, renames);
            fallbacks += renames is { MissedBlobs: true } ? 1 : 0;
        }

        var parentIds = parents.ConvertAll(p => p.Sha);
        var coAuthors = CoAuthorTrailers.Parse(commit.Message);
        return new CommitRecord(
            commit.Sha,
            author.Name,
            author.Email,
            author.When,
            parents.Count,
            changes,
            parentIds,
            coAuthors.Count == 0 ? null : coAuthors);
    }

    private static List<FileChange> ToChanges(TreeChanges diff, GitRenameDetector? renames)
    {
        var sources = diff.Deleted.Select(c => new RenameSide(c.OldPath, Key(c.OldOid), (int)c.OldMode)).ToList();
        var destinations = diff.Added.Select(c => new RenameSide(c.Path, Key(c.Oid), (int)c.Mode)).ToList();
        sources.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        destinations.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        renames?.Pair(sources, destinations);

        var result = new List<FileChange>(diff.Count);
        RenameSide.AppendChanges(result, sources, destinations);
        // libgit2 reports a group-writable 100664 entry against the same blob at 100644 as modified; git does not.
        var modified = diff.Modified.Where(c => c.OldOid != c.Oid
            || GitModes.Normalise((int)c.OldMode) != GitModes.Normalise((int)c.Mode));
        result.AddRange(modified.Select(c => new FileChange(FileChangeKind.Modified, c.Path)));
        result.AddRange(diff.TypeChanged.Select(c => new FileChange(FileChangeKind.TypeChanged, c.Path)));
        result.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return result;
    }

    private static ObjectKey Key(ObjectId id) => ObjectKey.Read(id.RawId);
}
