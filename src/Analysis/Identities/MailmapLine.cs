namespace TruckFactor.Analysis.Identities;

/// <summary>One parsed mailmap line.</summary>
/// <param name="ProperName">The canonical name, or null to keep the commit's.</param>
/// <param name="ProperEmail">The canonical email, or null to keep the commit's.</param>
/// <param name="CommitName">The name the rule applies to, or null for any name.</param>
/// <param name="CommitEmail">The email the rule applies to.</param>
internal readonly record struct MailmapLine(
    string? ProperName,
    string? ProperEmail,
    string? CommitName,
    string CommitEmail);
