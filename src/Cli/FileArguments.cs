using TruckFactor.Analysis.Errors;

namespace TruckFactor.Cli;

/// <summary>Checks file options before any work, so a mistyped path fails at once rather than after mining.</summary>
internal static class FileArguments
{
    /// <summary>Checks that <paramref name="file"/>, when given, can be a file to write.</summary>
    /// <param name="file">The option's value, or null.</param>
    /// <param name="option">The option's name, for the message.</param>
    /// <param name="example">A file name to suggest inside a folder given by mistake.</param>
    /// <exception cref="TruckFactorException">It names a folder, or a file in a folder that does not exist.
    /// </exception>
    public static void CheckWritable(FileInfo? file, string option, string example)
    {
        if (file is null)
        {
            return;
        }

        if (Directory.Exists(file.FullName))
        {
            throw new TruckFactorException(
                $"{option} '{file.FullName}' is a folder; give a file path, such as "
                + $"'{Path.Combine(file.FullName, example)}'.");
        }

        if (file.Directory is { Exists: false } folder)
        {
            throw new TruckFactorException(
                $"{option} '{file.FullName}': the folder '{folder.FullName}' does not exist; create it or give "
                + "another path.");
        }
    }
}
