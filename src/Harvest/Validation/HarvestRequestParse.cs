namespace TruckFactor.Harvest.Validation;

/// <summary>The outcome of reading a harvest request: a plan, or the reasons the request is refused.</summary>
/// <param name="Plan">The plan, or null when the request has errors.</param>
/// <param name="Errors">One sentence per problem, each naming the input and what to do; empty when valid.</param>
public sealed record HarvestRequestParse(HarvestPlan? Plan, IReadOnlyList<string> Errors)
{
    /// <summary>Gets a value indicating whether the request may be harvested as planned.</summary>
    public bool IsValid => Plan is not null && Errors.Count == 0;
}
