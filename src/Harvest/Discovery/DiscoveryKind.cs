namespace TruckFactor.Harvest.Discovery;

/// <summary>Where a discovery finds its repositories on GitHub.</summary>
public enum DiscoveryKind
{
    /// <summary>A repository search query, such as <c>language:java stars:&gt;1000</c>.</summary>
    Search,

    /// <summary>Every repository of one organisation.</summary>
    Organization,

    /// <summary>Every repository one user owns.</summary>
    User,

    /// <summary>The repositories tagged with one topic (a search for <c>topic:NAME</c>).</summary>
    Topic,
}
