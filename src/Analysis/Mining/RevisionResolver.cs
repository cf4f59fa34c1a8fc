using System.Globalization;
using LibGit2Sharp;
using TruckFactor.Analysis.Errors;

namespace TruckFactor.Analysis.Mining;

/// <summary>Finds the commit a mining request names.</summary>
internal static class RevisionResolver
{
    /// <summary>Resolves the request's revision, then its date if it has one.</summary>
    /// <exception cref="RevisionNotFoundException">The revision or date names no commit.</exception>
    public static Commit Resolve(Repository repository, MiningRequest request)
    {
        var tip = Lookup(repository, request);
        if (request.At is not { } at)
        {
            return tip;
        }

        // Like `git rev-list --first-parent --before=<date> -1` (which includes that very instant): the mainline as
        // it stood at that date.
        var oldest = tip;
        for (var commit = tip; commit is not null; commit = commit.Parents.FirstOrDefault())
        {
            if (commit.Committer.When <= at)
            {
                return commit;
            }

            oldest = commit;
        }

        var oldestDate = oldest.Committer.When.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        throw new RevisionNotFoundException(
            $"'{request.DisplayName}' has no commit on the first-parent line of {request.Revision ?? "HEAD"} "
            + $"at or before {at.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)}. "
            + $"Choose a later date: the oldest commit on that line is from {oldestDate}.");
    }

    private static Commit Lookup(Repository repository, MiningRequest request)
    {
        if (request.Revision is null)
        {
            return repository.Head.Tip;
        }

        if (string.IsNullOrWhiteSpace(request.Revision))
        {
            throw new RevisionNotFoundException(
                $"The revision to analyse in '{request.DisplayName}' is empty. Give a commit id, a branch or a tag.");
        }

        Commit? commit = null;
        try
        {
            commit = repository.Lookup(request.Revision)?.Peel<Commit>();
        }
        catch (AmbiguousSpecificationException ex)
        {
            throw new RevisionNotFoundException(
                $"'{request.Revision}' matches several objects in '{request.DisplayName}'. "
                + "Give more characters of the commit id.",
                ex);
        }
        catch (LibGit2SharpException)
        {
            // A malformed revision is reported below like a missing one.
        }

        return commit ?? throw new RevisionNotFoundException(
            $"'{request.Revision}' is not a commit, branch or tag of '{request.DisplayName}'. "
            + "Give a full or abbreviated commit id, a branch or a tag that exists there.");
    }
}
