namespace TruckFactor.Analysis.Doa;

/// <summary>Decides who authors each file from its history (ICPC 2016, Section II-B).</summary>
internal static class AuthorshipCalculator
{
    /// <summary>Computes each file's authors.</summary>
    /// <param name="histories">The file histories.</param>
    /// <param name="options">The model's coefficients and threshold.</param>
    /// <returns>One authorship per history, in the same order.</returns>
    public static List<FileAuthorship> Compute(IReadOnlyList<FileHistory> histories, DoaOptions options)
    {
        var result = new List<FileAuthorship>(histories.Count);
        foreach (var history in histories)
        {
            result.Add(Compute(history, options));
        }

        return result;
    }

    private static FileAuthorship Compute(FileHistory history, DoaOptions options)
    {
        var degrees = new List<(int Developer, double Doa)>(history.ByDeveloper.Count);
        foreach (var (developer, stats) in history.ByDeveloper)
        {
            var others = history.TotalDeliveries - stats.Deliveries;
            degrees.Add((developer, options.Compute(stats.Added, stats.Deliveries, others)));
        }

        degrees.Sort((a, b) => b.Doa != a.Doa ? b.Doa.CompareTo(a.Doa) : a.Developer.CompareTo(b.Developer));
        // With tens of thousands of others' changes every DOA can fall to zero or below; then nobody authors it.
        var max = degrees[0].Doa;
        var authors = new List<int>();
        foreach (var (developer, doa) in max > 0 ? degrees : [])
        {
            // The paper's rule: normalised DOA above the threshold, and either an absolute DOA of at least the
            // intercept (others' changes have not outweighed one's own) or having created the file.
            var created = history.ByDeveloper[developer].Added;
            if (doa / max > options.AuthorThreshold && (doa >= options.AbsoluteAuthorThreshold || created))
            {
                authors.Add(developer);
            }
        }

        authors.Sort();
        return new FileAuthorship(history.Path, authors, degrees);
    }
}
