using TruckFactor.Analysis.Mining;

namespace TruckFactor.Analysis.Tests.Support;

/// <summary>Asserts that two commit logs hold the same data, field by field (statistics aside).</summary>
internal static class LogComparison
{
    public static void AssertSameLog(CommitLog expected, CommitLog actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        Assert.Equal(expected.Head, actual.Head);
        Assert.Equal(expected.Files, actual.Files);
        Assert.Equal(expected.Submodules, actual.Submodules);
        Assert.Equal(expected.Mailmap, actual.Mailmap);
        Assert.Equal(expected.Attributes, actual.Attributes);
        Assert.Equal(
            expected.FileFacts?.OrderBy(f => f.Key, StringComparer.Ordinal),
            actual.FileFacts?.OrderBy(f => f.Key, StringComparer.Ordinal));
        Assert.Equal(expected.Commits.Select(c => c.Sha), actual.Commits.Select(c => c.Sha));
        for (var i = 0; i < expected.Commits.Count; i++)
        {
            var (want, got) = (expected.Commits[i], actual.Commits[i]);
            Assert.Equal(
                (want.AuthorName, want.AuthorEmail, want.AuthoredAt, want.AuthoredAt.Offset, want.ParentCount),
                (got.AuthorName, got.AuthorEmail, got.AuthoredAt, got.AuthoredAt.Offset, got.ParentCount));
            Assert.Equal(want.Parents, got.Parents);
            Assert.Equal(want.Changes, got.Changes);
            Assert.Equal(want.CoAuthors, got.CoAuthors);
        }

        Assert.Equal(
            (expected.Statistics.Commits, expected.Statistics.Merges, expected.Statistics.Records),
            (actual.Statistics.Commits, actual.Statistics.Merges, actual.Statistics.Records));
    }
}
