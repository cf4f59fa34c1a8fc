namespace TruckFactor.Analysis.Mining.Raw;

/// <summary>
/// Mines the commits of a parsed history on several threads. Each thread takes contiguous runs of the walk (so
/// consecutive commits still share its tree cache) and has its own object reader, delta-base cache, tree cache and
/// repository handle; they share the mapped packs and the map of every commit's id text and root tree.
/// </summary>
internal sealed class ParallelCommitMining
{
    // Runs per thread: enough that a thread finishing early finds more work, few enough that each run's cold
    // cache is rare.
    private const int RunsPerThread = 8;

    private const int ProgressInterval = 500;

    private readonly MiningRequest _request;
    private readonly string _gitDirectory;
    private readonly Packs.PackSet _packs;
    private readonly List<(ObjectKey Id, CommitHeader? Header)> _walk;
    private readonly CommitRecord?[] _records;
    private readonly bool _detectRenames;
    private readonly Dictionary<ObjectKey, KnownCommit> _known;
    private List<(int Start, int End)> _runs = [];
    private int _nextRun = -1;
    private int _mined;
    private int _renameFallbacks;
    private int _objectFallbacks;

    public ParallelCommitMining(
        MiningRequest request,
        string gitDirectory,
        Packs.PackSet packs,
        List<(ObjectKey Id, CommitHeader? Header)> walk,
        CommitRecord?[] records,
        bool detectRenames)
    {
        _request = request;
        _gitDirectory = gitDirectory;
        _packs = packs;
        _walk = walk;
        _records = records;
        _detectRenames = detectRenames;
        _known = new Dictionary<ObjectKey, KnownCommit>(walk.Count);
        foreach (var (id, header) in walk)
        {
            _known[id] = new KnownCommit(id.ToHex(), header!.Tree);
        }
    }

    /// <summary>
    /// Fills every empty record, with the cache budgets shared out among the threads; returns the commits whose
    /// renames or objects needed a fallback.
    /// </summary>
    public (int RenameFallbacks, int ObjectFallbacks) Run(
        int threads,
        long treeCacheBytes,
        long deltaCacheBytes,
        IProgress<MiningProgress>? progress,
        CancellationToken cancellationToken)
    {
        _runs = Runs(threads);
        var helpers = new Task[threads - 1];
        for (var i = 0; i < helpers.Length; i++)
        {
            helpers[i] = Task.Factory.StartNew(
                () => Work(treeCacheBytes / threads, deltaCacheBytes / threads, null, cancellationToken),
                cancellationToken,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
        }

        // The calling thread works too, and alone reports progress, as callers expect.
        try
        {
            Work(treeCacheBytes / threads, deltaCacheBytes / threads, progress, cancellationToken);
        }
        finally
        {
            try
            {
                Task.WaitAll(helpers, CancellationToken.None);
            }
            catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
            }
        }

        return (_renameFallbacks, _objectFallbacks);
    }

    private List<(int Start, int End)> Runs(int threads)
    {
        var pending = _records.Count(r => r is null);
        var length = Math.Max(1, pending / (threads * RunsPerThread));
        var runs = new List<(int Start, int End)>();
        var start = 0;
        while (start < _walk.Count)
        {
            // A run closes after `length` commits to mine, so reused stretches cost no thread a turn.
            var end = start;
            for (var counted = 0; end < _walk.Count && counted < length; end++)
            {
                counted += _records[end] is null ? 1 : 0;
            }

            runs.Add((start, end));
            start = end;
        }

        return runs;
    }

    private void Work(
        long treeCacheBytes,
        long deltaCacheBytes,
        IProgress<MiningProgress>? progress,
        CancellationToken cancellationToken)
    {
        try
        {
            using var repository = RepositoryOpener.Open(_request.RepositoryPath, _request.DisplayName);
            using var objects = new RawObjectDatabase(_gitDirectory, _packs, deltaCacheBytes);
            using var trees = new TreeCache(objects, treeCacheBytes);
            var miner = new RawCommitMiner(repository, objects, trees, new Utf8StringTable(), _detectRenames, _known);
            int run;
            while ((run = Interlocked.Increment(ref _nextRun)) < _runs.Count)
            {
                var (start, end) = _runs[run];
                for (var i = start; i < end; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (_records[i] is null)
                    {
                        _records[i] = miner.Mine(_walk[i].Id, _walk[i].Header);
                        trees.EndCommit();
                    }
                }

                var mined = Interlocked.Add(ref _mined, end - start);
                if (progress is not null && mined / ProgressInterval != (mined - (end - start)) / ProgressInterval)
                {
                    progress.Report(new MiningProgress(mined, _walk.Count));
                }
            }

            Interlocked.Add(ref _renameFallbacks, miner.RenameFallbacks);
            Interlocked.Add(ref _objectFallbacks, miner.ObjectFallbacks);
        }
        finally
        {
            ObjectBuffers.Trim();
        }
    }
}
