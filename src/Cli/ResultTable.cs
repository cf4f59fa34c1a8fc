using System.Globalization;
using System.Text;
using TruckFactor.Analysis.Classification;
using TruckFactor.Analysis.Results;

namespace TruckFactor.Cli;

/// <summary>The readable form of a result.</summary>
internal static class ResultTable
{
    private const int MaxOrphansShown = 10;

    public static string Format(TruckFactorResult result)
    {
        var text = new StringBuilder();
        var commit = result.Commit[..Math.Min(12, result.Commit.Length)];
        Line(text, $"Repository    {result.Repository}");
        Line(text, $"Commit        {commit}  (profile: {result.Profile})");
        Line(text, $"Truck factor  {result.TruckFactor}");
        Line(text, $"Files         {result.Files:N0} analysed; {Percent(result.CoverageAfter)} keep an author "
            + "once the truck-factor developers leave");
        if (result.Selection is { LeftOut.Count: > 0 } selection)
        {
            // The same counts as the JSON's selection, so a reader sees at once what was not counted.
            var kinds = selection.ByCategory
                .Where(pair => pair.Key != FileSelection.KeyOf(FileCategory.Code))
                .Select(pair => $"{pair.Value:N0} {FileSelection.Describe(pair.Key)}");
            Line(text, $"Left out      {string.Join(", ", kinds)} (the JSON names each file and why)");
        }

        text.AppendLine();

        var width = Math.Max(9, result.Authors.Select(a => a.Name.Length).DefaultIfEmpty(0).Max());
        Line(text, $"  #  {"Developer".PadRight(width)}  {"Files",6}  {"Share",7}");
        for (var i = 0; i < result.Authors.Count; i++)
        {
            var author = result.Authors[i];
            Line(text, $"{i + 1,3}  {author.Name.PadRight(width)}  {author.Files,6:N0}  {Percent(author.Share),7}");
        }

        text.AppendLine();
        Line(text, $"Orphaned files ({result.OrphanedFiles.Count:N0}):");
        foreach (var path in result.OrphanedFiles.Take(MaxOrphansShown))
        {
            Line(text, $"  {path}");
        }

        if (result.OrphanedFiles.Count > MaxOrphansShown)
        {
            Line(text, $"  ... and {result.OrphanedFiles.Count - MaxOrphansShown:N0} more (see --format json)");
        }

        Footer(text, result);
        return text.ToString();
    }

    private static void Footer(StringBuilder text, TruckFactorResult result)
    {
        var stats = result.Stats;
        text.AppendLine();
        if (result.ExcludedBots.Count > 0)
        {
            Line(text, $"Bots excluded: {string.Join(", ", result.ExcludedBots.Select(b => b.Name))}");
        }

        if (result.Submodules.Count > 0)
        {
            Line(text, $"Submodules not analysed: {string.Join(", ", result.Submodules)}");
        }

        Line(text, $"Mined {stats.Commits:N0} commits ({stats.Merges:N0} merges, {stats.Records:N0} file records, "
            + $"{stats.Developers:N0} developers) in {stats.MiningMilliseconds / 1000.0:N1} s; "
            + $"analysis {stats.AnalysisMilliseconds / 1000.0:N2} s");
        if (stats.RenameFallbacks > 0)
        {
            Line(text, $"Warning: {stats.RenameFallbacks:N0} commits refer to blobs missing from the repository or "
                + "unreadable (check it with 'git fsck'); renames of those files were matched by identical content "
                + "only.");
        }
    }

    private static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    private static void Line(StringBuilder text, string line)
    {
        text.AppendLine(line);
    }
}
