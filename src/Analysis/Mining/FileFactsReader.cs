using System.Text;

namespace TruckFactor.Analysis.Mining;

/// <summary>Derives <see cref="FileFacts"/> from a file's bytes.</summary>
public static class FileFactsReader
{
    /// <summary>How many leading bytes git inspects for a NUL to call a file binary.</summary>
    public const int BinaryProbeLength = 8000;

    /// <summary>The longest header kept.</summary>
    public const int HeaderLength = 512;

    private const int HeaderLines = 5;

    /// <summary>Reads the facts of one file.</summary>
    /// <param name="content">The whole content.</param>
    /// <returns>The facts.</returns>
    public static FileFacts Read(ReadOnlySpan<byte> content)
    {
        var probe = content[..Math.Min(content.Length, BinaryProbeLength)];
        if (probe.IndexOf((byte)0) >= 0)
        {
            return new FileFacts(content.Length, Binary: true, Lines: 0, Header: null);
        }

        var lines = content.Count((byte)'\n');
        if (content.Length > 0 && content[^1] != (byte)'\n')
        {
            lines++;
        }

        return new FileFacts(content.Length, Binary: false, lines, HeaderOf(content));
    }

    private static string HeaderOf(ReadOnlySpan<byte> content)
    {
        var end = 0;
        for (var line = 0; line < HeaderLines && end < content.Length; line++)
        {
            var next = content[end..].IndexOf((byte)'\n');
            end = next < 0 ? content.Length : end + next + 1;
        }

        // Decoding at most a few bytes past the limit keeps multi-byte characters whole before the cut; stepping
        // back over UTF-8 continuation bytes (10xxxxxx) keeps the last one from being cut in two.
        var cut = Math.Min(end, HeaderLength + 4);
        while (cut > 0 && cut < content.Length && (content[cut] & 0xC0) == 0x80)
        {
            cut--;
        }

        var text = Encoding.UTF8.GetString(content[..cut]);
        return text.Length > HeaderLength ? text[..HeaderLength] : text;
    }
}
