using LibGit2Sharp;
using TruckFactor.Analysis.Errors;

namespace TruckFactor.Analysis.Mining;

/// <summary>
/// Turns what the user typed (a local path or a clone URL) into a local repository. URLs are cloned bare into a
/// cache folder once and only fetched on later runs.
/// </summary>
public sealed class RepositoryCache
{
    private readonly string _root;

    /// <summary>Initializes a new instance of the <see cref="RepositoryCache"/> class.</summary>
    /// <param name="root">The folder that holds the bare clones; created on first use.</param>
    public RepositoryCache(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        _root = Path.GetFullPath(root);
    }

    /// <summary>Gets the default cache folder: $TRUCKFACTOR_CACHE, else the user's cache folder.</summary>
    public static string DefaultRoot =>
        Environment.GetEnvironmentVariable("TRUCKFACTOR_CACHE") is { Length: > 0 } configured
            ? configured
            : Path.Combine(
                Environment.GetFolderPath(
                    Environment.SpecialFolder.LocalApplicationData,
                    Environment.SpecialFolderOption.Create),
                "truckfactor",
                "repositories");

    /// <summary>Tells whether the text is a clone URL rather than a local path.</summary>
    /// <param name="location">A path or a URL.</param>
    /// <returns>True for a URL (scheme://… or git's scp-like user@host:path).</returns>
    public static bool IsUrl(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return location.Contains("://", StringComparison.Ordinal) || RepositoryUrl.IsScpLike(location);
    }

    /// <summary>Returns a local repository for <paramref name="location"/>, cloning or fetching a URL.</summary>
    /// <param name="location">A local path or a clone URL.</param>
    /// <param name="cancellationToken">Stops a clone or fetch between transfer steps.</param>
    /// <returns>The local path and the name to show (a URL without credentials).</returns>
    /// <exception cref="RepositoryAccessException">The path does not exist or the URL cannot be cloned.</exception>
    public (string Path, string DisplayName) Prepare(string location, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        if (!IsUrl(location))
        {
            return (Path.GetFullPath(location), location);
        }

        var display = RepositoryUrl.WithoutCredentials(location);
        var target = Path.Combine(_root, RepositoryUrl.ToCacheFolder(location));
        try
        {
            if (Repository.IsValid(target))
            {
                Fetch(target, cancellationToken);
            }
            else
            {
                Clone(location, target, cancellationToken);
            }
        }
        catch (LibGit2SharpException ex)
        {
            throw new RepositoryAccessException(
                $"Could not clone or fetch '{display}': {RepositoryUrl.Redact(ex.Message, location)}. "
                + "Check that the URL exists and is reachable, and that you have access to it.",
                ex);
        }

        return (target, display);
    }

    private static void Clone(string url, string target, CancellationToken cancellationToken)
    {
        // Clone next to the target and move it in place, so an interrupted clone never looks like a cache hit.
        var partial = target + ".partial-" + Guid.NewGuid().ToString("N")[..8];
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        try
        {
            var options = new CloneOptions { IsBare = true };
            options.FetchOptions.OnTransferProgress = _ => !cancellationToken.IsCancellationRequested;
            Repository.Clone(url, partial, options);
            Directory.Move(partial, target);
        }
        finally
        {
            if (Directory.Exists(partial))
            {
                Directory.Delete(partial, recursive: true);
            }
        }
    }

    private static void Fetch(string target, CancellationToken cancellationToken)
    {
        using var repository = new Repository(target);
        var options = new FetchOptions
        {
            OnTransferProgress = _ => !cancellationToken.IsCancellationRequested,
            Prune = true,
        };

        // Mirror the branches into the bare clone itself, so HEAD follows the remote's default branch.
        string[] refspecs = ["+refs/heads/*:refs/heads/*", "+refs/tags/*:refs/tags/*"];
        Commands.Fetch(repository, "origin", refspecs, options, logMessage: null);
    }
}
