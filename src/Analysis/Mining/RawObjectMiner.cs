using System.Diagnostics;
using TruckFactor.Analysis.Errors;
using TruckFactor.Analysis.Mining.Raw;
using TruckFactor.Analysis.Mining.Raw.Packs;

namespace TruckFactor.Analysis.Mining;

/// <summary>
/// Mines a local repository by reading raw commit and tree objects from libgit2's object database and parsing them
/// in C#: identical subtrees are skipped by id, so a commit costs what it changed, not the size of its tree. It gives
/// the same log as <see cref="GitHistoryMiner"/> (same walk, records, files and mailmap) and falls back to it for any
/// commit whose objects cannot be read raw, counting those in <see cref="MiningStatistics.ObjectFallbacks"/>.
/// Commits are compared on several threads at once (each commit's changes depend only on its own and its first
/// parent's trees); the log is the same whatever the number of threads.
/// </summary>
public sealed class RawObjectMiner : IHistoryMiner
{
    // Trees kept for later commits, shared out among threads. On rails 32 MiB re-read under 1 % more trees than an
    // unbounded cache; 24 MiB mined as fast side by side and keeps the peak resident set under 512 MiB.
    private const long TreeCacheBytes = 24L * 1024 * 1024;

    private const int ProgressInterval = 500;

    // The newest files are mostly whole objects in a pack, so reading them needs few delta bases.
    private const long SnapshotDeltaCacheBytes = 8L << 20;

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
        : this(detectRenames, DefaultThreads)
    {
    }

    /// <summary>Initialises a miner that compares commits on up to <paramref name="threads"/> threads.</summary>
    /// <param name="detectRenames">False to record renames as a deletion and an addition.</param>
    /// <param name="threads">How many threads compare commits; 1 mines on the calling thread alone.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threads"/> is below 1.</exception>
    public RawObjectMiner(bool detectRenames, int threads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        _detectRenames = detectRenames;
        Threads = threads;
    }

    /// <summary>Gets the default number of threads: the machine's cores, at most four.</summary>
    public static int DefaultThreads => Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>Gets how many threads compare commits.</summary>
    public int Threads { get; }

    /// <summary>
    /// Gets the fewest commits to mine for which threads are started: below it, starting them and warming their
    /// caches costs more than they save. Tests lower it to run small histories on several threads.
    /// </summary>
    internal int ParallelThreshold { get; init; } = 10_000;

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
        try
        {
            return MineCore(request, previous, progress, cancellationToken);
        }
        catch (Exception ex) when (ex is LibGit2Sharp.LibGit2SharpException or InvalidDataException
            or MissingObjectException)
        {
            // The revision was resolved, so what fails now is the repository's own content.
            throw new DamagedRepositoryException(
                $"'{request.DisplayName}' cannot be read whole ({ex.Message}). Check it with 'git fsck' and clone it "
                + "again if it is damaged.",
                ex);
        }
        finally
        {
            // The buffers this thread kept for reuse go once their caches are gone.
            ObjectBuffers.Trim();
        }
    }

    private CommitLog MineCore(
        MiningRequest request,
        CommitLog? previous,
        IProgress<MiningProgress>? progress,
        CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();

        // Before LibGit2Sharp maps the first pack window, so the window settings apply to every window.
        NativeGit.EnsureInitialised();
        using var repository = RepositoryOpener.Open(request.RepositoryPath, request.DisplayName);
        var head = RevisionResolver.Resolve(repository, request);
        var gitDirectory = repository.Info.Path;
        using var packs = PackSet.Open(RawObjectDatabase.ObjectsDirectory(gitDirectory));
        using var objects = new RawObjectDatabase(gitDirectory, packs);
        using var trees = new TreeCache(objects, TreeCacheBytes);
        var strings = new Utf8StringTable();

        // The analysed commit's files are read on a thread of their own meanwhile: the walk below uses one core.
        using var stopSnapshot = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var headTree = ObjectKey.Read(head.Tree.Id.RawId);
        var snapshotRead = Task.Factory.StartNew(
            () => ReadSnapshot(gitDirectory, packs, headTree, stopSnapshot.Token),
            stopSnapshot.Token,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        try
        {
            var walk = Walk(gitDirectory, objects, ObjectKey.Read(head.Id.RawId), strings);
            var records = new CommitRecord?[walk.Count];
            var reused = Reuse(previous, walk, records);
            var (renameFallbacks, objectFallbacks) = Threads > 1 && walk.Count - reused >= ParallelThreshold
                && walk.All(c => c.Header is not null)
                    ? new ParallelCommitMining(request, gitDirectory, packs, walk, records, _detectRenames).Run(
                        Threads, TreeCacheBytes, RawObjectDatabase.DeltaBaseCacheBytes, progress, cancellationToken)
                    : MineInOrder(new RawCommitMiner(repository, objects, trees, strings, _detectRenames), trees,
                        walk, records, progress, cancellationToken);
            var commits = records.Select(r => r!).ToList();
            progress?.Report(new MiningProgress(commits.Count, walk.Count));

            // LibGit2Sharp reports a tree it cannot read with its own error, as GitHistoryMiner would.
            var snapshot = snapshotRead.GetAwaiter().GetResult()
                ?? HeadSnapshot.Read(repository, head, cancellationToken);
            var statistics = new MiningStatistics(
                commits.Count,
                commits.Count(c => c.IsMerge),
                commits.Sum(c => c.Changes.Count),
                renameFallbacks,
                stopwatch.Elapsed,
                objectFallbacks,
                reused);
            return snapshot.ToLog(request.DisplayName, head.Sha, commits, statistics);
        }
        finally
        {
            // The snapshot thread reads the mapped packs, so it must be done before they are unmapped.
            stopSnapshot.Cancel();
            _ = Task.WaitAny([snapshotRead], CancellationToken.None);
        }
    }

    /// <summary>Fills the records of commits an earlier log holds; returns how many.</summary>
    private static int Reuse(
        CommitLog? previous,
        List<(ObjectKey Id, CommitHeader? Header)> walk,
        CommitRecord?[] records)
    {
        var stored = previous?.Commits.ToDictionary(c => c.Sha, StringComparer.Ordinal) ?? [];
        var reused = 0;
        for (var i = 0; stored.Count > 0 && i < walk.Count; i++)
        {
            if (stored.TryGetValue(walk[i].Id.ToHex(), out var known))
            {
                records[i] = known;
                reused++;
            }
        }

        return reused;
    }

    /// <summary>Mines the commits without a record on the calling thread, in walk order.</summary>
    private static (int RenameFallbacks, int ObjectFallbacks) MineInOrder(
        RawCommitMiner miner,
        TreeCache trees,
        List<(ObjectKey Id, CommitHeader? Header)> walk,
        CommitRecord?[] records,
        IProgress<MiningProgress>? progress,
        CancellationToken cancellationToken)
    {
        for (var i = 0; i < walk.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (id, header) = walk[i];
            records[i] = records[i] is { } known ? miner.Reuse(id, known) : miner.Mine(id, header);
            trees.EndCommit();
            if ((i + 1) % ProgressInterval == 0)
            {
                progress?.Report(new MiningProgress(i + 1, walk.Count));
            }
        }

        return (miner.RenameFallbacks, miner.ObjectFallbacks);
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
        catch (Exception ex) when (ex is MissingObjectException or InvalidDataException or OverflowException
            or ArgumentOutOfRangeException)
        {
            // A time past what a date can hold, or a damaged object: libgit2's walk reads it or names the fault.
            graph = null;
        }

        return graph is null
            ? [.. objects.Walk(head).Select(id => (id, (CommitHeader?)null))]
            : [.. graph.Order().Select(commit => (graph.Id(commit), (CommitHeader?)graph.Header(commit)))];
    }

    /// <summary>Reads the analysed commit's files from raw objects; null when a tree is missing or malformed.</summary>
    private static HeadSnapshot? ReadSnapshot(
        string gitDirectory,
        PackSet packs,
        ObjectKey headTree,
        CancellationToken cancellationToken)
    {
        try
        {
            using var objects = new RawObjectDatabase(gitDirectory, packs, SnapshotDeltaCacheBytes);
            using var trees = new TreeCache(objects, TreeCacheBytes);
            return RawSnapshotReader.Read(objects, trees, headTree, cancellationToken);
        }
        catch (Exception ex) when (ex is MissingObjectException or InvalidDataException)
        {
            return null;
        }
        finally
        {
            ObjectBuffers.Trim();
        }
    }
}
