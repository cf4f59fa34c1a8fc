namespace TruckFactor.Analysis.Mining;

/// <summary>A person named in a commit message's <c>Co-authored-by:</c> trailer.</summary>
/// <param name="Name">The name as written.</param>
/// <param name="Email">The email as written, without angle brackets.</param>
public sealed record CoAuthor(string Name, string Email);
