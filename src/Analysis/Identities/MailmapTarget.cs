namespace TruckFactor.Analysis.Identities;

/// <summary>The canonical parts a mailmap rule gives; null where the rule leaves a part as written.</summary>
/// <param name="Name">The proper name, or null.</param>
/// <param name="Email">The proper email, or null.</param>
internal sealed record MailmapTarget(string? Name, string? Email);
