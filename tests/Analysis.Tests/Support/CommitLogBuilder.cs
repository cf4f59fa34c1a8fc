using System.Globalization;
using TruckFactor.Analysis.Mining;

namespace TruckFactor.Analysis.Tests.Support;

/// <summary>Builds a <see cref="CommitLog"/> by hand, commit by commit, so the algorithm runs without git.</summary>
internal sealed class CommitLogBuilder
{
    private static readonly DateTimeOffset FirstDate = new(2020, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly List<CommitRecord> _commits = [];

    public CommitLogBuilder Commit(Person author, params FileChange[] changes)
    {
        return Add(author, _commits.Count == 0 ? 0 : 1, changes);
    }

    /// <summary>Adds a merge commit, which, as mined, carries no records.</summary>
    public CommitLogBuilder Merge(Person author) => Add(author, 2, []);

    /// <summary>Builds the log.</summary>
    /// <param name="files">The files of the analysed commit; by default, the paths alive after replaying every
    /// record in order.</param>
    /// <param name="mailmap">The .mailmap text, or null.</param>
    public CommitLog Build(IReadOnlyList<string>? files = null, string? mailmap = null)
    {
        var statistics = new MiningStatistics(
            _commits.Count,
            _commits.Count(c => c.IsMerge),
            _commits.Sum(c => c.Changes.Count),
            0,
            TimeSpan.Zero);
        var head = _commits.Count == 0 ? new string('0', 40) : _commits[^1].Sha;
        return new CommitLog("hand-built", head, [.. _commits], files ?? LivePaths(), [], mailmap, statistics);
    }

    private CommitLogBuilder Add(Person author, int parents, FileChange[] changes)
    {
        var sha = (_commits.Count + 1).ToString("x40", CultureInfo.InvariantCulture);
        var date = FirstDate.AddHours(_commits.Count);
        _commits.Add(new CommitRecord(sha, author.Name, author.Email, date, parents, changes));
        return this;
    }

    private List<string> LivePaths()
    {
        var live = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var commit in _commits)
        {
            // Every path a commit vacates goes before any it fills, so a swap of two files keeps both.
            foreach (var change in commit.Changes)
            {
                if (change.Kind is FileChangeKind.Deleted or FileChangeKind.Renamed)
                {
                    live.Remove(change.OldPath ?? change.Path);
                }
            }

            live.UnionWith(commit.Changes.Where(c => c.Kind != FileChangeKind.Deleted).Select(c => c.Path));
        }

        return [.. live];
    }
}
