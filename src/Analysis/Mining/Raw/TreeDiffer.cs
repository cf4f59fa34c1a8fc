namespace TruckFactor.Analysis.Mining.Raw;

/// <summary>
/// Compares two trees as <c>git diff-tree -r</c> does without rename detection: identical subtrees are skipped by
/// id without being read, the identical leading and trailing runs of entries of a changed tree are skipped by their
/// bytes, and the rest is merged by git's tree order, scanning entries in place. Paths are built only for changed
/// entries.
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
    /// <exception cref="InvalidDataException">A tree is malformed.</exception>
    public void Compare(ObjectKey? oldTree, ObjectKey newTree, List<RawChange> changes)
    {
        if (oldTree == newTree)
        {
            return;
        }

        _changes = changes;
        var before = oldTree is { } id ? _trees.Get(id) : RawTree.Empty;
        CompareTrees(before, _trees.Get(newTree), 0);
    }

    private void CompareTrees(RawTree beforeTree, RawTree afterTree, int prefixLength)
    {
        var before = beforeTree.Data;
        var after = afterTree.Data;

        // Up to the first differing byte both trees hold the same entries; and once both sides stand at an entry
        // with the same bytes left, within the common tail, the rest is the same entries too (a commit changes a
        // few entries of a large directory, so most of both ends are skipped without being parsed).
        var start = TreeEntry.BoundaryWithin(before, before.CommonPrefixLength(after));
        var tail = CommonSuffixLength(before, after);
        int i = start, j = start;
        while (i < before.Length || j < after.Length)
        {
            if (before.Length - i == after.Length - j && before.Length - i <= tail)
            {
                return;
            }

            var old = i < before.Length ? TreeEntry.Read(before, i) : default;
            var current = j < after.Length ? TreeEntry.Read(after, j) : default;
            var order = i >= before.Length ? 1
                : j >= after.Length ? -1
                : TreeOrder(before, old, after, current);
            if (order < 0)
            {
                Emit(FileChangeKind.Deleted, before, old, prefixLength);
                i = old.End;
            }
            else if (order > 0)
            {
                Emit(FileChangeKind.Added, after, current, prefixLength);
                j = current.End;
            }
            else
            {
                CompareEntries(before, old, after, current, prefixLength);
                (i, j) = (old.End, current.End);
            }
        }
    }

    private void CompareEntries(
        ReadOnlySpan<byte> before,
        TreeEntry old,
        ReadOnlySpan<byte> after,
        TreeEntry current,
        int prefixLength)
    {
        var oldId = old.Id(before);
        var newId = current.Id(after);
        if (oldId == newId && old.Mode == current.Mode)
        {
            return;
        }

        if (GitModes.IsTree(old.Mode))
        {
            var length = Push(prefixLength, current.Name(after));
            CompareTrees(_trees.Get(oldId), _trees.Get(newId), length);
            return;
        }

        var kind = (old.Mode & GitModes.TypeMask) == (current.Mode & GitModes.TypeMask)
            ? FileChangeKind.Modified
            : FileChangeKind.TypeChanged;
        var path = PathOf(prefixLength, current.Name(after));
        _changes.Add(new RawChange(kind, path, oldId, old.Mode, newId, current.Mode));
    }

    private void Emit(FileChangeKind kind, ReadOnlySpan<byte> tree, TreeEntry entry, int prefixLength)
    {
        var id = entry.Id(tree);
        if (GitModes.IsTree(entry.Mode))
        {
            var length = Push(prefixLength, entry.Name(tree));
            var subtree = _trees.Get(id).Data;
            for (var position = 0; position < subtree.Length;)
            {
                var child = TreeEntry.Read(subtree, position);
                Emit(kind, subtree, child, length);
                position = child.End;
            }

            return;
        }

        var path = PathOf(prefixLength, entry.Name(tree));
        _changes.Add(kind == FileChangeKind.Added
            ? new RawChange(kind, path, default, 0, id, entry.Mode)
            : new RawChange(kind, path, id, entry.Mode, default, 0));
    }

    private static int CommonSuffixLength(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        const int Block = 64;
        var limit = Math.Min(a.Length, b.Length);
        var length = 0;
        while (length + Block <= limit && a[^(length + Block)..^length].SequenceEqual(b[^(length + Block)..^length]))
        {
            length += Block;
        }

        while (length < limit && a[^(length + 1)] == b[^(length + 1)])
        {
            length++;
        }

        return length;
    }

    /// <summary>Git's tree order: names compared bytewise, a tree's name as if it ended in '/'.</summary>
    private static int TreeOrder(ReadOnlySpan<byte> a, TreeEntry x, ReadOnlySpan<byte> b, TreeEntry y)
    {
        var nameX = x.Name(a);
        var nameY = y.Name(b);
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
        var length = PathLength(prefixLength, name) + 1;
        _prefix[length - 1] = (byte)'/';
        return length;
    }

    private string PathOf(int prefixLength, ReadOnlySpan<byte> name)
    {
        return _paths.Get(_prefix.AsSpan(0, PathLength(prefixLength, name)));
    }

    private int PathLength(int prefixLength, ReadOnlySpan<byte> name)
    {
        var length = prefixLength + name.Length;
        if (_prefix.Length < length + 1)
        {
            Array.Resize(ref _prefix, Math.Max(length + 1, _prefix.Length * 2));
        }

        name.CopyTo(_prefix.AsSpan(prefixLength));
        return length;
    }
}
