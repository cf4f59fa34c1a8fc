namespace TruckFactor.Harvest.Discovery;

/// <summary>The order GitHub is asked to return repositories in; a limit keeps the first ones.</summary>
public enum DiscoverySort
{
    /// <summary>Most stars first (search and topics only: GitHub cannot list an account's repositories so).</summary>
    Stars,

    /// <summary>Most recently updated first.</summary>
    Updated,

    /// <summary>GitHub's own order: best match for a search, creation order for an account's list.</summary>
    None,
}
