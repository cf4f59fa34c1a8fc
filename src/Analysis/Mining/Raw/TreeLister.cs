using System.Text;

namespace TruckFactor.Analysis.Mining.Raw;

/// <summary>Lists the files and submodules of a commit's tree from raw tree objects.</summary>
internal static class TreeLister
{
    /// <exception cref="MissingObjectException">A tree of the commit is missing.</exception>
    public static (List<string> Files, List<string> Submodules) List(TreeCache trees, ObjectKey root)
    {
        var files = new List<string>();
        var submodules = new List<string>();
        var pending = new Stack<(ObjectKey Id, string Prefix)>();
        pending.Push((root, string.Empty));
        while (pending.Count > 0)
        {
            var (id, prefix) = pending.Pop();
            var tree = trees.Get(id).Data;
            for (var position = 0; position < tree.Length;)
            {
                var entry = TreeEntry.Read(tree, position);
                var path = prefix + Encoding.UTF8.GetString(entry.Name(tree));
                if (GitModes.IsTree(entry.Mode))
                {
                    pending.Push((entry.Id(tree), path + "/"));
                }
                else
                {
                    (entry.Mode == GitModes.GitLink ? submodules : files).Add(path);
                }

                position = entry.End;
            }
        }

        files.Sort(StringComparer.Ordinal);
        submodules.Sort(StringComparer.Ordinal);
        return (files, submodules);
    }
}
