namespace TruckFactor.Analysis.Identities;

/// <summary>An author line after .mailmap and the alias file, split into its people when it names a pair.</summary>
/// <param name="Name">The mapped name.</param>
/// <param name="Email">The mapped email.</param>
/// <param name="Pair">The people of a pair identity ("A &amp; B"); null for one person.</param>
internal readonly record struct MappedAuthor(string Name, string Email, IReadOnlyList<string>? Pair);
