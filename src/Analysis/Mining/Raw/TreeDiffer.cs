namespace TruckFactor.Analysis.Mining.Raw;

/// <summary>
/// Compares two trees as <c>git diff-tree -r</c> does without rename detection: identical subtrees are skipped by
/// id without being read, identical runs of entries at both ends of a changed tree are skipped by their bytes,
/// and only the remaining entries are merged by git's tree order. Paths are built only for changed entries.
/// </summary>
internal sealed class TreeDiffer
{
    private readonly TreeCache _trees;
    private readonly Utf8StringTable _paths;
    private byte[] _prefix = new byte[1024];
    private List<RawChange> _changes = [];

    public TreeDiffer(TreeCache trees, Utf8StringTable paths)
    {
        _trees = trees;
        _paths = paths;
    }

    /// <summary>Adds to <paramref name="changes"/> every path that differs; a null old tree is the empty tree.
    /// </summary>
    /// <exception cref="MissingObjectException">A tree needed for the comparison is missing.</exception>
    public void Compare(ObjectKey? oldTree, ObjectKey newTree, List<RawChange> changes)
    {
        if (oldTree == newTree)
        {
            return;
        }

        _changes = changes;
        var before = oldTree is { } id ? _trees.Get(id) : ParsedTree.Empty;
        CompareTrees(before, _trees.Get(newTree), 0);
    }

    private void CompareTrees(ParsedTree before, ParsedTree after, int prefixLength)
    {
        var (first, lastBefore, lastAfter) = DifferingRange(before, after);
        int i = first, j = first;
        while (i <= lastBefore || j <= lastAfter)
        {
            var order = i > lastBefore ? 1
                : j > lastAfter ? -1
                : TreeOrder(before, before.Entries[i], after, after.Entries[j]);
            if (order < 0)
            {
                Emit(FileChangeKind.Deleted, before, before.Entries[i++], prefixLength);
            }
            else if (order > 0)
            {
                Emit(FileChangeKind.Added, after, after.Entries[j++], prefixLength);
            }
            else
            {
                CompareEntries(before, before.Entries[i++], after, after.Entries[j++], prefixLength);
            }
        }
    }

    /// <summary>Finds the entries that differ: the first index (equal in both trees) and the last of each.</summary>
    private static (int First, int LastBefore, int LastAfter) DifferingRange(ParsedTree before, ParsedTree after)
    {
        // Up to the first differing byte both trees hold the same entries at the same offsets.
        var common = before.Data.AsSpan().CommonPrefixLength(after.Data);
        var first = 0;
        var limit = Math.Min(before.Entries.Length, after.Entries.Length);
        while (first < limit && before.Entries[first].End <= common)
        {
            first++;
        }

        int lastBefore = before.Entries.Length - 1, lastAfter = after.Entries.Length - 1;
        while (lastBefore >= first && lastAfter >= first)
        {
            var startBefore = before.Start(lastBefore);
            var startAfter = after.Start(lastAfter);
            var entryBefore = before.Data.AsSpan(startBefore, before.Entries[lastBefore].End - startBefore);
            var entryAfter = after.Data.AsSpan(startAfter, after.Entries[lastAfter].End - startAfter);
            if (!entryBefore.SequenceEqual(entryAfter))
            {
                break;
            }

            lastBefore--;
            lastAfter--;
        }

        return (first, lastBefore, lastAfter);
    }

    private void CompareEntries(ParsedTree before, TreeEntry old, ParsedTree after, TreeEntry current, int prefixLength)
    {
        var oldId = before.Id(old);
        var newId = after.Id(current);
        if (oldId == newId && old.Mode == current.Mode)
        {
            return;
        }

        if (GitModes.IsTree(old.Mode))
        {
            var length = Push(prefixLength, after.Name(current));
            CompareTrees(_trees.Get(oldId), _trees.Get(newId), length);
            return;
        }

        var kind = (old.Mode & GitModes.TypeMask) == (current.Mode & GitModes.TypeMask)
            ? FileChangeKind.Modified
            : FileChangeKind.TypeChanged;
        var path = PathOf(prefixLength, after.Name(current));
        _changes.Add(new RawChange(kind, path, oldId, old.Mode, newId, current.Mode));
    }

    private void Emit(FileChangeKind kind, ParsedTree tree, TreeEntry entry, int prefixLength)
    {
        var id = tree.Id(entry);
        if (GitModes.IsTree(entry.Mode))
        {
            var length = Push(prefixLength, tree.Name(entry));
            var subtree = _trees.Get(id);
            foreach (var child in subtree.Entries)
            {
                Emit(kind, subtree, child, length);
            }

            return;
        }

        var path = PathOf(prefixLength, tree.Name(entry));
        _changes.Add(kind == FileChangeKind.Added
            ? new RawChange(kind, path, default, 0, id, entry.Mode)
            : new RawChange(kind, path, id, entry.Mode, default, 0));
    }

    /// <summary>Git's tree order: names compared bytewise, a tree's name as if it ended in '/'.</summary>
    private static int TreeOrder(ParsedTree a, TreeEntry x, ParsedTree b, TreeEntry y)
    {
        var nameX = a.Name(x);
        var nameY = b.Name(y);
        var common = Math.Min(nameX.Length, nameY.Length);
        var order = nameX[..common].SequenceCompareTo(nameY[..common]);
        if (order != 0)
        {
            return order;
        }

        var endX = nameX.Length > common ? nameX[common] : GitModes.IsTree(x.Mode) ? '/' : 0;
        var endY = nameY.Length > common ? nameY[common] : GitModes.IsTree(y.Mode) ? '/' : 0;
        return endX.CompareTo(endY);
    }

    private int Push(int prefixLength, ReadOnlySpan<byte> name)
    {
        var length = prefixLength + name.Length + 1;
        if (_prefix.Length < length)
        {
            Array.Resize(ref _prefix, Math.Max(length, _prefix.Length * 2));
        }

        name.CopyTo(_prefix.AsSpan(prefixLength));
        _prefix[length - 1] = (byte)'/';
        return length;
    }

    private string PathOf(int prefixLength, ReadOnlySpan<byte> name)
    {
        var length = prefixLength + name.Length;
        if (_prefix.Length < length)
        {
            Array.Resize(ref _prefix, Math.Max(length, _prefix.Length * 2));
        }

        name.CopyTo(_prefix.AsSpan(prefixLength));
        return _paths.Get(_prefix.AsSpan(0, length));
    }
}
