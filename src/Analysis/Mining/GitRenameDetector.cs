using TruckFactor.Analysis.Mining.Raw;

namespace TruckFactor.Analysis.Mining;

/// <summary>
/// Git's rename detection (diffcore-rename, as in git 2.39 with <c>--find-renames</c> and no rename limit),
/// written for rename-free tree diffs. libgit2's own similarity finds different pairs than git,
/// which changes authorship against the reference tool; this follows git's steps: exact renames by object id,
/// then unique-file-name pairs at 75 % similarity, then the best-first matrix at 50 %.
/// </summary>
internal sealed class GitRenameDetector
{
    private const int MaxScore = 60_000;

    // git's default -M threshold, 50 %.
    private const int MinimumScore = 30_000;

    // Pairs with the same unique file name are accepted early, halfway between the threshold and 100 %.
    private const int BaseNameScore = MinimumScore + ((MaxScore - MinimumScore) / 2);

    private const int CandidatesPerDestination = 4;

    private readonly IBlobSource _blobs;
    private readonly Dictionary<ObjectKey, SpanHash?> _hashes = [];
    private readonly Dictionary<ObjectKey, long?> _sizes = [];

    public GitRenameDetector(IBlobSource blobs)
    {
        _blobs = blobs;
    }

    /// <summary>Gets a value indicating whether a blob needed for scoring was missing in the last call.</summary>
    public bool MissedBlobs { get; private set; }

    /// <summary>Pairs deleted paths with added paths, setting each paired side's partner.</summary>
    /// <param name="sources">Deleted paths, in path order.</param>
    /// <param name="destinations">Added paths, in path order.</param>
    public void Pair(List<RenameSide> sources, List<RenameSide> destinations)
    {
        MissedBlobs = false;
        _hashes.Clear();
        _sizes.Clear();
        if (sources.Count == 0 || destinations.Count == 0)
        {
            return;
        }

        PairIdentical(sources, destinations);
        var remaining = sources.FindAll(s => s.Partner is null);
        PairUniqueBaseNames(remaining, destinations);
        remaining.RemoveAll(s => s.Partner is not null);
        PairBySimilarity(remaining, destinations);
    }

    private static void PairIdentical(List<RenameSide> sources, List<RenameSide> destinations)
    {
        var byId = sources.ToLookup(s => s.Id);
        foreach (var destination in destinations)
        {
            RenameSide? best = null;
            foreach (var source in byId[destination.Id])
            {
                // Links and submodules only pair with their own kind; a used source is not reused.
                var kindsDiffer = (!source.IsRegularFile || !destination.IsRegularFile)
                    && source.Mode != destination.Mode;
                if (kindsDiffer || source.Partner is not null)
                {
                    continue;
                }

                if (best is null || (source.BaseName == destination.BaseName && best.BaseName != destination.BaseName))
                {
                    best = source;
                }
            }

            if (best is not null)
            {
                Link(best, destination);
            }
        }
    }

    private void PairUniqueBaseNames(List<RenameSide> sources, List<RenameSide> destinations)
    {
        var uniqueSources = UniqueByBaseName(sources);
        var uniqueDestinations = UniqueByBaseName(destinations.Where(d => d.Partner is null));
        foreach (var source in sources)
        {
            if (uniqueSources.TryGetValue(source.BaseName, out var unique) && unique == source
                && uniqueDestinations.TryGetValue(source.BaseName, out var destination)
                && destination is { Partner: null }
                && Estimate(source, destination, BaseNameScore) >= BaseNameScore)
            {
                Link(source, destination);
            }
        }
    }

    private void PairBySimilarity(List<RenameSide> sources, List<RenameSide> destinations)
    {
        if (sources.Count == 0)
        {
            return;
        }

        var matrix = new List<RenameScore>();
        for (var d = 0; d < destinations.Count; d++)
        {
            if (destinations[d].Partner is not null)
            {
                continue;
            }

            var best = Enumerable.Repeat(RenameScore.Unused, CandidatesPerDestination).ToArray();
            for (var s = 0; s < sources.Count; s++)
            {
                var score = Estimate(sources[s], destinations[d], MinimumScore);
                var same = sources[s].BaseName == destinations[d].BaseName;
                KeepIfBetter(best, new RenameScore(score, same, d, s));
            }

            matrix.AddRange(best);
        }

        // A stable sort, as git's, keeps path order among equal pairs.
        var ordered = matrix.Select((m, i) => (m, i))
            .OrderBy(x => x.m, Comparer<RenameScore>.Create(RenameScore.Compare))
            .ThenBy(x => x.i)
            .Select(x => x.m);
        foreach (var pair in ordered)
        {
            if (pair.Destination < 0 || pair.Score < MinimumScore)
            {
                break;
            }

            if (destinations[pair.Destination].Partner is null && sources[pair.Source].Partner is null)
            {
                Link(sources[pair.Source], destinations[pair.Destination]);
            }
        }
    }

    private static void KeepIfBetter(RenameScore[] best, RenameScore candidate)
    {
        var worst = 0;
        for (var i = 1; i < best.Length; i++)
        {
            worst = RenameScore.Compare(best[i], best[worst]) > 0 ? i : worst;
        }

        if (RenameScore.Compare(best[worst], candidate) > 0)
        {
            best[worst] = candidate;
        }
    }

    private int Estimate(RenameSide source, RenameSide destination, int minimumScore)
    {
        if (!source.IsRegularFile || !destination.IsRegularFile
            || Size(source.Id) is not { } sourceSize || Size(destination.Id) is not { } destinationSize)
        {
            return 0;
        }

        // Git does not consider edits that change the size too much to be renames, and never reads those blobs.
        var max = Math.Max(sourceSize, destinationSize);
        var delta = max - Math.Min(sourceSize, destinationSize);
        if (max * (MaxScore - minimumScore) < delta * MaxScore)
        {
            return 0;
        }

        if (Hash(source.Id) is not { } sourceHash || Hash(destination.Id) is not { } destinationHash
            || destinationSize == 0)
        {
            return 0;
        }

        return (int)(sourceHash.CopiedInto(destinationHash) * MaxScore / max);
    }

    private long? Size(ObjectKey id)
    {
        if (!_sizes.TryGetValue(id, out var size))
        {
            size = _blobs.Size(id);
            MissedBlobs |= size is null;
            _sizes[id] = size;
        }

        return size;
    }

    private SpanHash? Hash(ObjectKey id)
    {
        if (!_hashes.TryGetValue(id, out var hash))
        {
            hash = _blobs.Fingerprint(id);
            MissedBlobs |= hash is null;
            _hashes[id] = hash;
        }

        return hash;
    }

    private static Dictionary<string, RenameSide> UniqueByBaseName(IEnumerable<RenameSide> sides)
    {
        var unique = new Dictionary<string, RenameSide>(StringComparer.Ordinal);
        var repeated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var side in sides)
        {
            if (!repeated.Contains(side.BaseName) && !unique.TryAdd(side.BaseName, side))
            {
                unique.Remove(side.BaseName);
                repeated.Add(side.BaseName);
            }
        }

        return unique;
    }

    private static void Link(RenameSide source, RenameSide destination)
    {
        source.Partner = destination;
        destination.Partner = source;
    }
}
