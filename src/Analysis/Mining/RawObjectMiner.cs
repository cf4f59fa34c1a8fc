using System.Diagnostics;
using TruckFactor.Analysis.Mining.Raw;

namespace TruckFactor.Analysis.Mining;

/// <summary>
/// Mines a local repository by reading raw commit and tree objects from libgit2's object database and parsing them
/// in C#: identical subtrees are skipped by id, so a commit costs what it changed, not the size of its tree. It gives
/// the same log as <see cref="GitHistoryMiner"/> (same walk, records, files and mailmap) and falls back to it for any
/// commit whose objects cannot be read raw, counting those in <see cref="MiningStatistics.ObjectFallbacks"/>.
/// </summary>
public sealed class RawObjectMiner : IHistoryMiner
{
    // Trees kept for later commits: on rails 32 MiB re-reads under 1 % more trees than an unbounded cache.
    private const long TreeCacheBytes = 32L * 1024 * 1024;

    private const int ProgressInterval = 500;

    private readonly bool _detectRenames;

    /// <summary>Initialises a miner that detects renames as <c>git log -M</c> does, with no rename limit.</summary>
    public RawObjectMiner()
        : this(detectRenames: true)
    {
    }

    /// <summary>Initialises a miner.</summary>
    /// <param name="detectRenames">
    /// False to record renames as a deletion and an addition, as <c>git log --no-renames</c> does (for benchmarks).
    /// </param>
    public RawObjectMiner(bool detectRenames)
    {
        _detectRenames = detectRenames;
    }

    /// <inheritdoc />
    public CommitLog Mine(
        MiningRequest request,
        IProgress<MiningProgress>? progress,
        CancellationToken cancellationToken)
    {
        return Mine(request, null, progress, cancellationToken);
    }

    /// <inheritdoc />
    public CommitLog Mine(
        MiningRequest request,
        CommitLog? previous,
        IProgress<MiningProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var stopwatch = Stopwatch.StartNew();

        // Before LibGit2Sharp maps the first pack window, so the window settings apply to every window.
        NativeGit.EnsureInitialised();
        using var repository = RepositoryOpener.Open(request.RepositoryPath, request.DisplayName);
        var head = RevisionResolver.Resolve(repository, request);
        using var objects = new RawObjectDatabase(repository.Info.Path);
        using var trees = new TreeCache(objects, TreeCacheBytes);
        var strings = new Utf8StringTable();
        var miner = new RawCommitMiner(repository, objects, trees, strings, _detectRenames);

        var walk = Walk(repository.Info.Path, objects, ObjectKey.Read(head.Id.RawId), strings);
        var stored = previous?.Commits.ToDictionary(c => c.Sha, StringComparer.Ordinal) ?? [];
        var commits = new List<CommitRecord>(walk.Count);
        var reused = 0;
        foreach (var (id, header) in walk)
        {
            cancellationToken.ThrowIfCancellationRequested();
            CommitRecord? known = null;
            var isStored = stored.Count > 0 && stored.TryGetValue(id.ToHex(), out known);
            commits.Add(isStored ? miner.Reuse(id, known!) : miner.Mine(id, header));
            reused += isStored ? 1 : 0;
            trees.EndCommit();
            if (commits.Count % ProgressInterval == 0)
            {
                progress?.Report(new MiningProgress(commits.Count, walk.Count));
            }
        }

        progress?.Report(new MiningProgress(commits.Count, walk.Count));
        var snapshot = ReadSnapshot(repository, head, objects, trees, cancellationToken);
        var statistics = new MiningStatistics(
            commits.Count,
            commits.Count(c => c.IsMerge),
            commits.Sum(c => c.Changes.Count),
            miner.RenameFallbacks,
            stopwatch.Elapsed,
            miner.ObjectFallbacks,
            reused);
        return snapshot.ToLog(request.DisplayName, head.Sha, commits, statistics);
    }

    /// <summary>
    /// The commits to mine, parents first. Commits are read and parsed once, in C#, and ordered as libgit2's walk
    /// orders them; a shallow or grafted history, or one with a commit the C# parser declines, is walked by libgit2.
    /// </summary>
    private static List<(ObjectKey Id, CommitHeader? Header)> Walk(
        string gitDirectory,
        RawObjectDatabase objects,
        ObjectKey head,
        Utf8StringTable strings)
    {
        var grafted = File.Exists(Path.Combine(gitDirectory, "shallow"))
            || File.Exists(Path.Combine(gitDirectory, "info", "grafts"));
        CommitGraph? graph = null;
        try
        {
            graph = grafted ? null : CommitGraph.Read(objects, head, strings);
        }
        catch (Exception ex) when (ex is MissingObjectException or InvalidDataException)
        {
            graph = null;
        }

        return graph is null
            ? [.. objects.Walk(head).Select(id => (id, (CommitHeader?)null))]
            : [.. graph.Order().Select(commit => (graph.Id(commit), (CommitHeader?)graph.Header(commit)))];
    }

    private static HeadSnapshot ReadSnapshot(
        LibGit2Sharp.Repository repository,
        LibGit2Sharp.Commit head,
        RawObjectDatabase objects,
        TreeCache trees,
        CancellationToken cancellationToken)
    {
        try
        {
            return RawSnapshotReader.Read(objects, trees, ObjectKey.Read(head.Tree.Id.RawId), cancellationToken);
        }
        catch (Exception ex) when (ex is MissingObjectException or InvalidDataException)
        {
            // LibGit2Sharp reports a tree it cannot read with its own error, as GitHistoryMiner would.
            return HeadSnapshot.Read(repository, head, cancellationToken);
        }
    }
}
