using LibGit2Sharp;
using LibGit2Sharp.Handlers;
using TruckFactor.Analysis.Errors;

namespace TruckFactor.Analysis.Mining;

/// <summary>
/// Turns what the user typed (a local path or a clone URL) into a local repository. URLs are cloned bare into a
/// cache folder once and only fetched on later runs. Credentials, from the URL or from a callback, are handed to git
/// in memory only.
/// </summary>
public sealed class RepositoryCache
{
    // A clone interrupted longer ago than this (Ctrl-C, a killed worker) left a folder nobody is still writing.
    private static readonly TimeSpan StalePartialClone = TimeSpan.FromHours(1);

    private readonly string _root;
    private readonly Func<string, GitCredentials?>? _credentials;

    /// <summary>Initializes a new instance of the <see cref="RepositoryCache"/> class.</summary>
    /// <param name="root">The folder that holds the bare clones; created on first use.</param>
    /// <param name="credentials">
    /// Gives the credentials for a URL without any of its own, or null when that URL's host must get none. It is
    /// asked again with the URL git is about to authenticate to, so a redirect to another host gets nothing.
    /// </param>
    public RepositoryCache(string root, Func<string, GitCredentials?>? credentials = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        _root = Path.GetFullPath(root);
        _credentials = credentials;
    }

    /// <summary>Gets the default cache folder: $TRUCKFACTOR_CACHE, else the user's application data folder.</summary>
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
        return location.Contains("://", StringComparison.Ordinal) || CloneUrl.IsScpLike(location);
    }

    /// <summary>Returns a local repository for <paramref name="location"/>, cloning or fetching a URL.</summary>
    /// <param name="location">A local path or a clone URL.</param>
    /// <param name="cancellationToken">Stops a clone or fetch between transfer steps.</param>
    /// <returns>The local path and the name to show (a URL without credentials).</returns>
    /// <exception cref="RepositoryAccessException">The location is empty, or the URL cannot be cloned.</exception>
    public (string Path, string DisplayName) Prepare(string location, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(location))
        {
            throw new RepositoryAccessException(
                "The repository is empty text. Give the path of a local git repository or a clone URL.");
        }

        if (!IsUrl(location))
        {
            return (Path.GetFullPath(location), location);
        }

        var url = CloneUrl.Parse(location);
        var target = Path.Combine(_root, url.ToCacheFolder());
        try
        {
            if (Repository.IsValid(target))
            {
                Fetch(url, target, cancellationToken);
            }
            else
            {
                Clone(url, target, cancellationToken);
            }
        }
        catch (LibGit2SharpException ex)
        {
            throw new RepositoryAccessException(
                $"Could not clone or fetch '{url.Display}': {url.Redact(ex.Message)}. "
                + "Check that the URL exists and is reachable, and that you have access to it.",
                ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new RepositoryAccessException(
                $"Could not use the cache folder '{_root}' for '{url.Display}': {ex.Message} "
                + "Choose a writable folder with --cache or TRUCKFACTOR_CACHE.",
                ex);
        }

        return (target, url.Display);
    }

    /// <summary>Deletes the cached clone of a URL, if there is one; local paths are never touched.</summary>
    /// <param name="location">A local path or a clone URL.</param>
    /// <returns>True when a clone was deleted.</returns>
    public bool Remove(string location)
    {
        ArgumentNullException.ThrowIfNull(location);

        if (!IsUrl(location))
        {
            return false;
        }

        var target = Path.Combine(_root, CloneUrl.Parse(location).ToCacheFolder());
        if (!Directory.Exists(target))
        {
            return false;
        }

        // Pack files are read-only; clear the attribute so the delete works on every platform.
        foreach (var file in Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        Directory.Delete(target, recursive: true);
        return true;
    }

    private void Clone(CloneUrl url, string target, CancellationToken cancellationToken)
    {
        // Clone next to the target and move it in place, so an interrupted clone never looks like a cache hit.
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        RemoveStalePartialClones(parent, Path.GetFileName(target));
        var partial = target + ".partial-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            var options = new CloneOptions { IsBare = true };
            Configure(options.FetchOptions, url, cancellationToken);
            Repository.Clone(url.Address, partial, options);
            Directory.Move(partial, target);
        }
        catch (IOException) when (Repository.IsValid(target))
        {
            // Another run cloned the same repository meanwhile; its clone serves as well as ours.
        }
        finally
        {
            if (Directory.Exists(partial))
            {
                Directory.Delete(partial, recursive: true);
            }
        }
    }

    private void Fetch(CloneUrl url, string target, CancellationToken cancellationToken)
    {
        using var repository = new Repository(target);
        var options = new FetchOptions { Prune = true };
        Configure(options, url, cancellationToken);

        // Mirror the branches into the bare clone itself, so the branch HEAD names moves with the remote.
        string[] refspecs = ["+refs/heads/*:refs/heads/*", "+refs/tags/*:refs/tags/*"];
        Commands.Fetch(repository, "origin", refspecs, options, logMessage: null);
    }

    private void Configure(FetchOptions options, CloneUrl url, CancellationToken cancellationToken)
    {
        options.OnTransferProgress = _ => !cancellationToken.IsCancellationRequested;
        if (url.UserName is not null)
        {
            options.CredentialsProvider = Credentials(url);
        }
        else if (_credentials is { } credentials && credentials(url.Address) is not null)
        {
            options.CredentialsProvider = Credentials(credentials);
        }
    }

    private static CredentialsHandler Credentials(Func<string, GitCredentials?> credentials)
    {
        // An exception must not cross libgit2's native frames; a redirect to a host the credentials are not for
        // gets an empty password instead, which that host refuses, and the clone fails as unauthorised. libgit2
        // asks again each time the server refuses (up to 15 times); answering only once keeps a refused token from
        // being replayed, and no answer (null) ends the operation as unauthenticated at once.
        var calls = 0;
        return (asked, _, _) =>
        {
            if (Interlocked.Increment(ref calls) > 1)
            {
                return null!;
            }

            return credentials(asked) is { } given
                ? new UsernamePasswordCredentials { Username = given.UserName, Password = given.Password }
                : new UsernamePasswordCredentials { Username = "anonymous", Password = string.Empty };
        };
    }

    private static CredentialsHandler Credentials(CloneUrl url)
    {
        return (_, _, _) => new UsernamePasswordCredentials
        {
            Username = url.UserName,
            Password = url.Password ?? string.Empty,
        };
    }

    private static void RemoveStalePartialClones(string parent, string name)
    {
        foreach (var folder in Directory.EnumerateDirectories(parent, name + ".partial-*"))
        {
            if (DateTime.UtcNow - Directory.GetLastWriteTimeUtc(folder) > StalePartialClone)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
