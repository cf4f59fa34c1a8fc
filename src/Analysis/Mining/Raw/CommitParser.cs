using System.Text;

namespace TruckFactor.Analysis.Mining.Raw;

/// <summary>
/// Reads the headers of a raw commit object the way libgit2 reads them (commit_parse, git_signature__parse), so the
/// author matches what LibGit2Sharp reports: the name is what precedes the last '&lt;', the email what lies between
/// it and the last '&gt;', both trimmed; a missing or malformed time zone counts as UTC.
/// </summary>
internal static class CommitParser
{
    private const int HexLength = ObjectKey.Length * 2;

    // libgit2 keeps an offset only when it is a plausible time zone (at most 14 hours, 59 minutes).
    private const int MaxZoneHours = 14;

    private const int MaxZoneMinutes = 59;

    private static ReadOnlySpan<byte> TreeHeader => "tree "u8;

    private static ReadOnlySpan<byte> ParentHeader => "parent "u8;

    private static ReadOnlySpan<byte> AuthorHeader => "author "u8;

    private static ReadOnlySpan<byte> CommitterHeader => "committer "u8;

    /// <summary>Parses a commit; null when it is malformed in a way libgit2 would reject or read differently.
    /// </summary>
    public static CommitHeader? Parse(ReadOnlySpan<byte> data, Utf8StringTable strings)
    {
        if (!TryReadId(ref data, TreeHeader, out var tree))
        {
            return null;
        }

        var parents = new List<ObjectKey>(1);
        while (data.StartsWith(ParentHeader))
        {
            if (!TryReadId(ref data, ParentHeader, out var parent))
            {
                return null;
            }

            parents.Add(parent);
        }

        if (!TrySignature(data, AuthorHeader, out var line, out var emailStart, out var emailEnd))
        {
            return null;
        }

        var end = data.IndexOf((byte)'\n');
        var name = strings.Get(Trim(line[..emailStart]));
        var email = strings.Get(Trim(line[(emailStart + 1)..emailEnd]));
        var coAuthors = CoAuthorTrailers.Parse(Message(data[end..]));
        return ReadDate(line[(emailEnd + 1)..]) is { } when
            ? new CommitHeader(
                tree, [.. parents], name, email, when, coAuthors.Count == 0 ? null : coAuthors,
                CommitTime(data[(end + 1)..]))
            : null;
    }

    /// <summary>
    /// The committer's seconds, from the line right after the author's as libgit2 requires; null for anything
    /// unusual (extra author lines, no committer, no readable time), where only libgit2 can say what it does.
    /// </summary>
    private static long? CommitTime(ReadOnlySpan<byte> data)
    {
        return TrySignature(data, CommitterHeader, out var line, out _, out var emailEnd)
            && ReadDate(line[(emailEnd + 1)..]) is { } when
                ? when.ToUnixTimeSeconds()
                : null;
    }

    /// <summary>
    /// Finds a signature line ("header name &lt;email&gt; time zone") at the start of <paramref name="data"/>: the
    /// line after its header, and where the email's brackets are (the last of each, as libgit2 reads them).
    /// </summary>
    private static bool TrySignature(
        ReadOnlySpan<byte> data,
        ReadOnlySpan<byte> header,
        out ReadOnlySpan<byte> line,
        out int emailStart,
        out int emailEnd)
    {
        var end = data.IndexOf((byte)'\n');
        line = data.StartsWith(header) && end >= 0 ? data[header.Length..end] : [];
        emailStart = line.LastIndexOf((byte)'<');
        emailEnd = line.LastIndexOf((byte)'>');
        return data.StartsWith(header) && end >= 0 && emailStart >= 0 && emailEnd > emailStart;
    }

    /// <summary>
    /// The message after the headers (which end at the first empty line), cut at a NUL byte as LibGit2Sharp's
    /// string is; null when there is none.
    /// </summary>
    private static string? Message(ReadOnlySpan<byte> rest)
    {
        var blank = rest.IndexOf("\n\n"u8);
        if (blank < 0)
        {
            return null;
        }

        var message = rest[(blank + 2)..];
        var nul = message.IndexOf((byte)0);
        message = nul < 0 ? message : message[..nul];

        // Only messages that may hold a trailer are decoded: on rails that spares 99 % of 50 MB of strings.
        return MayHoldTrailer(message) ? Encoding.UTF8.GetString(message) : null;
    }

    /// <summary>Whether "co-authored-by" appears in any ASCII letter case, as the trailer reader looks for it.
    /// </summary>
    private static bool MayHoldTrailer(ReadOnlySpan<byte> message)
    {
        // The trailer's first hyphen follows "co"; each hyphen in the message is a place to look.
        const int Before = 2;
        var word = "co-authored-by"u8;
        var offset = 0;
        while (message[offset..].IndexOf((byte)'-') is var dash && dash >= 0)
        {
            var start = offset + dash - Before;
            if (start >= 0 && start + word.Length <= message.Length
                && Ascii.EqualsIgnoreCase(message.Slice(start, word.Length), word))
            {
                return true;
            }

            offset += dash + 1;
        }

        return false;
    }

    private static bool TryReadId(ref ReadOnlySpan<byte> data, ReadOnlySpan<byte> header, out ObjectKey id)
    {
        id = default;
        var length = header.Length + HexLength;
        if (data.Length <= length || !data.StartsWith(header) || data[length] != (byte)'\n')
        {
            return false;
        }

        try
        {
            id = ObjectKey.Parse(data[header.Length..length]);
        }
        catch (FormatException)
        {
            return false;
        }

        data = data[(length + 1)..];
        return true;
    }

    /// <summary>Reads " seconds zone" after the email; null when the seconds are not a number.</summary>
    private static DateTimeOffset? ReadDate(ReadOnlySpan<byte> rest)
    {
        // libgit2 expects one byte (a space) between '>' and the seconds, and no date at all means the epoch.
        if (rest.Length < 2)
        {
            return DateTimeOffset.UnixEpoch;
        }

        var text = rest[1..];
        if (!TryReadNumber(ref text, out var seconds))
        {
            return null;
        }

        var minutes = 0;
        if (text.Length >= 2)
        {
            var sign = text[1];
            var zone = text[2..];
            var offset = (sign is (byte)'+' or (byte)'-') && TryReadNumber(ref zone, out var value) ? value : 0;
            var (hours, mins) = ((int)(offset / 100), (int)(offset % 100));
            if (hours <= MaxZoneHours && mins <= MaxZoneMinutes)
            {
                minutes = (hours * 60) + mins;
                minutes = sign == (byte)'-' ? -minutes : minutes;
            }
        }

        return DateTimeOffset.FromUnixTimeSeconds(seconds).ToOffset(TimeSpan.FromMinutes(minutes));
    }

    /// <summary>As libgit2's strntol: optional spaces and sign, then at least one decimal digit.</summary>
    private static bool TryReadNumber(ref ReadOnlySpan<byte> text, out long value)
    {
        value = 0;
        var i = 0;
        while (i < text.Length && IsSpace(text[i]))
        {
            i++;
        }

        var negative = i < text.Length && text[i] == (byte)'-';
        i += i < text.Length && text[i] is (byte)'-' or (byte)'+' ? 1 : 0;
        var digits = i;
        while (i < text.Length && text[i] is >= (byte)'0' and <= (byte)'9')
        {
            value = checked((value * 10) + (text[i++] - '0'));
        }

        value = negative ? -value : value;
        text = text[i..];
        return i > digits;
    }

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    private static bool IsSpace(byte c) => c is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\v' or (byte)'\f'
        or (byte)'\r';
}
