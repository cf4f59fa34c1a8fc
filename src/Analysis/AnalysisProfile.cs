namespace TruckFactor.Analysis;

/// <summary>The sets of choices the analysis offers.</summary>
public enum AnalysisProfile
{
    /// <summary>
    /// What we believe is right: rename chains followed per file lineage, bots excluded, generic names never
    /// used to merge identities, no pruning of the truck-factor set.
    /// </summary>
    Default,

    /// <summary>
    /// Reproduces the reference tool (aserg-ufmg/Truck-Factor) as it is today: path-keyed rename chains, every
    /// identity counted (bots included), merging by email or accent-stripped name, pruning of minor authors.
    /// Ties are broken deterministically, where the reference leaves them to hash order.
    /// </summary>
    Reference,
}
