using TruckFactor.Harvest.Models;

namespace TruckFactor.Harvest.Validation;

/// <summary>A validated harvest request: what to mine, with which profile, in batches of which size.</summary>
/// <param name="Repositories">Normalized repository URLs or paths, without duplicates, in request order.</param>
/// <param name="Profile">The analysis profile in lower case (<c>default</c> or <c>reference</c>).</param>
/// <param name="BatchSize">Repositories per mining activity.</param>
/// <param name="Duplicates">
/// Entries left out because an earlier entry names the same repository, as the request wrote them.
/// </param>
/// <param name="Discover">What to find on GitHub and add to the list, or null.</param>
/// <param name="Analysis">Choices added to the profile (file patterns, classifier, co-authors, recency); null
/// for none.</param>
public sealed record HarvestPlan(
    IReadOnlyList<string> Repositories,
    string Profile,
    int BatchSize,
    IReadOnlyList<string> Duplicates,
    HarvestDiscovery? Discover = null,
    AnalysisChoices? Analysis = null);
