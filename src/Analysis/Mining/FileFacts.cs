namespace TruckFactor.Analysis.Mining;

/// <summary>
/// What the file classifier needs from a file's content at the analysed commit, read once while mining so that a
/// stored commit log can be classified again, under other rules, without the repository.
/// </summary>
/// <param name="Size">The size in bytes.</param>
/// <param name="Binary">Whether the content has a NUL byte in its first 8,000 bytes (git's own test).</param>
/// <param name="Lines">The number of lines (a last line without a newline counts).</param>
/// <param name="Header">The first lines of a text file, at most 512 characters; null for binaries.</param>
public sealed record FileFacts(long Size, bool Binary, int Lines, string? Header);
