using System.Text;

namespace TruckFactor.Analysis.Mining.Raw;

/// <summary>
/// Reads the analysed commit's <see cref="HeadSnapshot"/> from raw objects, by the same rules as
/// <see cref="HeadSnapshot.Read"/> (which reads it through LibGit2Sharp): files and submodules, the root
/// <c>.mailmap</c>, every <c>.gitattributes</c>, and the content facts of each file that is not a symbolic link.
/// </summary>
internal static class RawSnapshotReader
{
    private const string MailmapName = ".mailmap";

    private const string AttributesName = ".gitattributes";

    /// <exception cref="MissingObjectException">A tree of the commit is missing.</exception>
    /// <exception cref="InvalidDataException">A tree of the commit is malformed.</exception>
    public static HeadSnapshot Read(
        RawObjectDatabase objects,
        TreeCache trees,
        ObjectKey root,
        CancellationToken cancellationToken)
    {
        var files = new List<string>();
        var submodules = new List<string>();
        var attributes = new List<AttributesFile>();
        var facts = new Dictionary<string, FileFacts>(StringComparer.Ordinal);
        string? mailmap = null;
        var pending = new Stack<(ObjectKey Id, string Prefix)>();
        pending.Push((root, string.Empty));
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (id, prefix) = pending.Pop();
            var tree = trees.Get(id).Data;
            for (var position = 0; position < tree.Length;)
            {
                var entry = TreeEntry.Read(tree, position);
                position = entry.End;
                var name = Encoding.UTF8.GetString(entry.Name(tree));
                var path = prefix + name;
                if (GitModes.IsTree(entry.Mode))
                {
                    pending.Push((entry.Id(tree), path + "/"));
                    continue;
                }

                if (entry.Mode == GitModes.GitLink)
                {
                    submodules.Add(path);
                    continue;
                }

                files.Add(path);
                using var blob = objects.TryRead(entry.Id(tree), out var found) ? found : default;
                if (!blob.IsRead)
                {
                    // Partial copies lack some large blobs: such a file is classified by its path alone.
                    continue;
                }

                // A root .mailmap counts even as a symbolic link, as a blob at that path does for LibGit2Sharp.
                mailmap = prefix.Length == 0 && name == MailmapName
                    ? Encoding.UTF8.GetString(blob.Data).TrimStart('\uFEFF')
                    : mailmap;
                if (entry.Mode == GitModes.SymbolicLink)
                {
                    continue;
                }

                facts[path] = FileFactsReader.Read(blob.Data);
                if (name == AttributesName)
                {
                    attributes.Add(new AttributesFile(prefix.TrimEnd('/'), Encoding.UTF8.GetString(blob.Data)));
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        submodules.Sort(StringComparer.Ordinal);
        attributes.Sort((a, b) => string.CompareOrdinal(a.Directory, b.Directory));
        return new HeadSnapshot(files, submodules, mailmap, attributes, facts);
    }
}
