using System.Security.Cryptography;

namespace TruckFactor.LocalHost.Api;

/// <summary>
/// The local host's API key, kept in a file only the user can read, so the CLI finds it and other local users
/// and web pages cannot call the API.
/// </summary>
public static class LocalApiKey
{
    /// <summary>The key file's path.</summary>
    public static string FilePath => Path.Combine(ToolHome.Folder, "local-api-key");

    /// <summary>Reads the key file, or returns null when there is none.</summary>
    /// <returns>The key or null.</returns>
    public static string? Read()
    {
        return File.Exists(FilePath) ? File.ReadAllText(FilePath).Trim() : null;
    }

    /// <summary>Reads the key file, creating it with a new random key first when it is missing.</summary>
    /// <returns>The key.</returns>
    public static string ReadOrCreate()
    {
        if (Read() is { Length: > 0 } existing)
        {
            return existing;
        }

        Directory.CreateDirectory(ToolHome.Folder);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-')
            .Replace('/', '_');
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(FilePath, options))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(key);
        }

        return key;
    }
}
