using System.Globalization;
using System.Text;

namespace TruckFactor.Analysis.Tests.Support;

/// <summary>Fixture file contents whose similarity is easy to reason about: one distinct line per number.</summary>
internal static class Content
{
    /// <summary>Returns <paramref name="count"/> lines of one length, numbered from <paramref name="first"/>.</summary>
    public static string Lines(string prefix, int count, int first = 1)
    {
        var text = new StringBuilder();
        for (var i = first; i < first + count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{prefix} line {i:D3}: filler text so that each line is long\n");
        }

        return text.ToString();
    }
}
