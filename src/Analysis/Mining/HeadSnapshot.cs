using LibGit2Sharp;

namespace TruckFactor.Analysis.Mining;

/// <summary>
/// What a commit log records about the analysed commit itself: its files and submodules, its <c>.mailmap</c>, its
/// <c>.gitattributes</c> files and the content facts of each file for the classifier.
/// </summary>
/// <param name="Files">File paths, ordinal order.</param>
/// <param name="Submodules">Gitlink paths, ordinal order.</param>
/// <param name="Mailmap">The root <c>.mailmap</c> text, or null.</param>
/// <param name="Attributes">Every <c>.gitattributes</c> file, by folder.</param>
/// <param name="Facts">Content facts by path; files whose content is missing from the object database have none.
/// </param>
public sealed record HeadSnapshot(
    IReadOnlyList<string> Files,
    IReadOnlyList<string> Submodules,
    string? Mailmap,
    IReadOnlyList<AttributesFile> Attributes,
    IReadOnlyDictionary<string, FileFacts> Facts)
{
    private const string MailmapPath = ".mailmap";
    private const string AttributesName = ".gitattributes";

    /// <summary>Reads the snapshot of a commit through LibGit2Sharp.</summary>
    /// <param name="repository">The open repository.</param>
    /// <param name="commit">The analysed commit.</param>
    /// <param name="cancellationToken">Stops between files.</param>
    /// <returns>The snapshot.</returns>
    public static HeadSnapshot Read(Repository repository, Commit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(commit);

        var files = new List<string>();
        var submodules = new List<string>();
        var attributes = new List<AttributesFile>();
        var facts = new Dictionary<string, FileFacts>(StringComparer.Ordinal);
        var pending = new Stack<Tree>();
        pending.Push(commit.Tree);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var entry in pending.Pop())
            {
                switch (entry.TargetType)
                {
                    case TreeEntryTargetType.Tree:
                        pending.Push((Tree)entry.Target);
                        break;
                    case TreeEntryTargetType.GitLink:
                        submodules.Add(entry.Path);
                        break;
                    default:
                        files.Add(entry.Path);
                        ReadFile(repository, entry, facts, attributes);
                        break;
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        submodules.Sort(StringComparer.Ordinal);
        attributes.Sort((a, b) => string.CompareOrdinal(a.Directory, b.Directory));
        var mailmap = commit[MailmapPath]?.Target is Blob blob && TryRead(repository, blob.Id) is { } bytes
            ? System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF')
            : null;
        return new HeadSnapshot(files, submodules, mailmap, attributes, facts);
    }

    /// <summary>Makes the commit log of this snapshot's commit.</summary>
    /// <param name="repository">How the user named the repository.</param>
    /// <param name="head">The analysed commit's id.</param>
    /// <param name="commits">The mined commits, parents first.</param>
    /// <param name="statistics">The mining run's counts.</param>
    /// <returns>The log.</returns>
    public CommitLog ToLog(
        string repository,
        string head,
        IReadOnlyList<CommitRecord> commits,
        MiningStatistics statistics) =>
        new(repository, head, commits, Files, Submodules, Mailmap, statistics, Attributes, Facts);

    private static void ReadFile(
        Repository repository,
        TreeEntry entry,
        Dictionary<string, FileFacts> facts,
        List<AttributesFile> attributes)
    {
        // Symbolic links hold a target path, not content worth sniffing; their facts stay unknown.
        if (entry.Mode == Mode.SymbolicLink || TryRead(repository, entry.Target.Id) is not { } content)
        {
            return;
        }

        facts[entry.Path] = FileFactsReader.Read(content);
        if (entry.Name == AttributesName)
        {
            var slash = entry.Path.LastIndexOf('/');
            var directory = slash < 0 ? string.Empty : entry.Path[..slash];
            attributes.Add(new AttributesFile(directory, System.Text.Encoding.UTF8.GetString(content)));
        }
    }

    private static byte[]? TryRead(Repository repository, ObjectId id)
    {
        // Partial copies lack some large blobs: such a file is classified by its path alone.
        try
        {
            if (repository.Lookup<Blob>(id) is not { } blob)
            {
                return null;
            }

            using var stream = blob.GetContentStream();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }
        catch (LibGit2SharpException)
        {
            return null;
        }
    }
}
