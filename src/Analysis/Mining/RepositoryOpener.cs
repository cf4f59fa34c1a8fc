using LibGit2Sharp;
using TruckFactor.Analysis.Errors;

namespace TruckFactor.Analysis.Mining;

/// <summary>Opens a local repository for reading and refuses the ones that cannot give a truck factor.</summary>
internal static class RepositoryOpener
{
    /// <summary>Opens the repository at <paramref name="path"/>; the caller disposes it.</summary>
    /// <exception cref="RepositoryAccessException">The path is missing or is not a git repository.</exception>
    /// <exception cref="ShallowRepositoryException">The repository is a shallow clone.</exception>
    /// <exception cref="EmptyRepositoryException">The repository has no commit.</exception>
    /// <exception cref="DamagedRepositoryException">The head names a commit that cannot be read.</exception>
    public static Repository Open(string path, string displayName)
    {
        if (File.Exists(path))
        {
            throw new RepositoryAccessException(
                $"'{displayName}' is a file, not a repository. Give the folder of a clone (bare or with a work tree).");
        }

        if (!Directory.Exists(path))
        {
            throw new RepositoryAccessException(
                $"'{displayName}' does not exist. Give the path of a local git repository or a clone URL.");
        }

        try
        {
            return OpenChecked(path, displayName);
        }
        catch (LibGit2SharpException ex)
        {
            throw new RepositoryAccessException(
                $"'{displayName}' cannot be read as a git repository: {ex.Message}. "
                + "Check that the clone is complete and undamaged (git fsck), or clone it again.",
                ex);
        }
    }

    private static Repository OpenChecked(string path, string displayName)
    {
        var gitDirectory = Repository.Discover(path);
        if (gitDirectory is null)
        {
            throw new RepositoryAccessException(
                $"'{displayName}' is not a git repository. Give the folder of a clone (bare or with a work tree).");
        }

        var repository = new Repository(gitDirectory);
        try
        {
            Check(repository, displayName);
            return repository;
        }
        catch
        {
            repository.Dispose();
            throw;
        }
    }

    private static void Check(Repository repository, string displayName)
    {
        if (repository.Info.IsShallow)
        {
            throw new ShallowRepositoryException(
                $"'{displayName}' is a shallow clone: its oldest commit would appear to add every file. "
                + "Fetch the full history first (git fetch --unshallow) or clone without --depth.");
        }

        if (repository.Info.IsHeadUnborn)
        {
            throw new EmptyRepositoryException(
                $"'{displayName}' has no commits yet, so it has no truck factor. Analyse it once it has history.");
        }

        if (repository.Head.Tip is null)
        {
            // HEAD names a commit, but it cannot be read: a damaged pack or index, not an empty repository.
            throw new DamagedRepositoryException(
                $"'{displayName}' names {repository.Head.Reference.TargetIdentifier} as its head, but that commit "
                + "cannot be read. Check it with 'git fsck' and clone it again if it is damaged.");
        }
    }
}
