using LibGit2Sharp;

namespace TruckFactor.Analysis.Mining.Raw;

/// <summary>
/// Mines commits one by one from raw objects: parses the commit, diffs its tree against its first parent's with
/// <see cref="TreeDiffer"/>, and pairs renames with git's scoring. A commit whose objects cannot be read this way
/// (missing or malformed) is mined through LibGit2Sharp instead and counted, so the log stays complete.
/// </summary>
internal sealed class RawCommitMiner
{
    private readonly Repository _repository;
    private readonly RawObjectDatabase _objects;
    private readonly TreeDiffer _differ;
    private readonly GitRenameDetector? _renames;
    private readonly Utf8StringTable _strings;
    private readonly Dictionary<ObjectKey, KnownCommit> _known = [];
    private readonly IReadOnlyDictionary<ObjectKey, KnownCommit>? _shared;
    private readonly List<RawChange> _changes = [];
    private GitRenameDetector? _fallbackRenames;

    public RawCommitMiner(
        Repository repository,
        RawObjectDatabase objects,
        TreeCache trees,
        Utf8StringTable strings,
        bool detectRenames,
        IReadOnlyDictionary<ObjectKey, KnownCommit>? shared = null)
    {
        _shared = shared;
        _repository = repository;
        _objects = objects;
        _strings = strings;
        _differ = new TreeDiffer(trees, _strings);
        _renames = detectRenames ? new GitRenameDetector(new RawBlobSource(objects)) : null;
        DetectRenames = detectRenames;
    }

    public bool DetectRenames { get; }

    /// <summary>Gets the number of commits whose rename scoring missed a blob.</summary>
    public int RenameFallbacks { get; private set; }

    /// <summary>Gets the number of commits mined through LibGit2Sharp because a raw object was unreadable.</summary>
    public int ObjectFallbacks { get; private set; }

    /// <summary>Notes a commit whose record is reused from an earlier log, so its children can refer to it.</summary>
    public CommitRecord Reuse(ObjectKey id, CommitRecord record)
    {
        _known[id] = new KnownCommit(record.Sha, null);
        return record;
    }

    /// <summary>Mines a commit, from its header when the caller has already parsed it.</summary>
    public CommitRecord Mine(ObjectKey id, CommitHeader? header = null)
    {
        try
        {
            return MineRaw(id, header);
        }
        catch (Exception ex) when (ex is MissingObjectException or InvalidDataException or OverflowException
            or ArgumentOutOfRangeException)
        {
            ObjectFallbacks++;
            return MineThroughLibGit2(id);
        }
    }

    private CommitRecord MineRaw(ObjectKey id, CommitHeader? header)
    {
        header ??= ReadHeader(id) ?? throw new InvalidDataException($"Commit {id} is malformed.");
        string sha;
        if (_shared is not null && _shared.TryGetValue(id, out var known))
        {
            sha = known.Sha;
        }
        else
        {
            sha = id.ToHex();
            _known[id] = new KnownCommit(sha, header.Tree);
        }

        IReadOnlyList<FileChange> changes = [];
        if (header.Parents.Length <= 1)
        {
            _changes.Clear();
            ObjectKey? parentTree = header.Parents.Length == 0 ? null : TreeOf(header.Parents[0]);
            _differ.Compare(parentTree, header.Tree, _changes);
            changes = ToChanges(_changes);
        }

        var parents = Array.ConvertAll(header.Parents, ShaOf);
        return new CommitRecord(
            sha,
            header.AuthorName,
            header.AuthorEmail,
            header.AuthoredAt,
            parents.Length,
            changes,
            parents,
            header.CoAuthors);
    }

    private FileChange[] ToChanges(List<RawChange> changes)
    {
        var sources = new List<RenameSide>();
        var destinations = new List<RenameSide>();
        var result = new List<FileChange>(changes.Count);
        foreach (var change in changes)
        {
            switch (change.Kind)
            {
                case FileChangeKind.Deleted:
                    sources.Add(new RenameSide(change.Path, change.OldId, change.OldMode));
                    break;
                case FileChangeKind.Added:
                    destinations.Add(new RenameSide(change.Path, change.NewId, change.NewMode));
                    break;
                default:
                    result.Add(new FileChange(change.Kind, change.Path));
                    break;
            }
        }

        if (_renames is not null)
        {
            sources.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
            destinations.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
            _renames.Pair(sources, destinations);
            RenameFallbacks += _renames.MissedBlobs ? 1 : 0;
        }

        RenameSide.AppendChanges(result, sources, destinations);
        result.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return [.. result];
    }

    private CommitHeader? ReadHeader(ObjectKey id)
    {
        if (!_objects.TryRead(id, out var found))
        {
            throw new MissingObjectException($"Commit {id} is missing from the object database.");
        }

        using var commit = found;
        return commit.Type == RawObject.CommitType ? CommitParser.Parse(commit.Data, _strings) : null;
    }

    private ObjectKey TreeOf(ObjectKey commit)
    {
        if (_shared is not null && _shared.TryGetValue(commit, out var shared) && shared.Tree is { } sharedTree)
        {
            return sharedTree;
        }

        if (_known.TryGetValue(commit, out var known) && known.Tree is { } tree)
        {
            return tree;
        }

        var header = ReadHeader(commit) ?? throw new InvalidDataException($"Commit {commit} is malformed.");
        _known[commit] = new KnownCommit(known.Sha ?? commit.ToHex(), header.Tree);
        return header.Tree;
    }

    private string ShaOf(ObjectKey commit) =>
        _shared is not null && _shared.TryGetValue(commit, out var shared) ? shared.Sha
        : _known.TryGetValue(commit, out var known) ? known.Sha
        : commit.ToHex();

    private CommitRecord MineThroughLibGit2(ObjectKey id)
    {
        var raw = new byte[ObjectKey.Length];
        id.CopyTo(raw);
        var commit = _repository.Lookup<Commit>(new ObjectId(raw))
            ?? throw new LibGit2SharpException($"Commit {id} is missing from the repository.");
        _fallbackRenames ??= DetectRenames ? new GitRenameDetector(new LibGit2BlobSource(_repository)) : null;
        var missed = 0;
        var record = GitHistoryMiner.ReadCommit(_repository, _fallbackRenames, commit, ref missed);
        RenameFallbacks += missed;
        _known[id] = new KnownCommit(record.Sha, ObjectKey.Read(commit.Tree.Id.RawId));
        return record;
    }
}
