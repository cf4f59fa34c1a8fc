namespace TruckFactor.Analysis.Identities;

/// <summary>One developer: every commit identity judged to be the same person.</summary>
/// <param name="Id">A dense id, stable for one analysis.</param>
/// <param name="Name">The name shown for the developer.</param>
/// <param name="Email">The email shown for the developer.</param>
/// <param name="Identities">Every distinct "Name &lt;email&gt;" merged into the developer, after .mailmap.</param>
/// <param name="IsBot">Whether the developer was recognised as an automated account.</param>
public sealed record Developer(int Id, string Name, string Email, IReadOnlyList<string> Identities, bool IsBot);
