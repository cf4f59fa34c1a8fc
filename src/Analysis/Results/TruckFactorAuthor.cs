namespace TruckFactor.Analysis.Results;

/// <summary>A developer of the truck-factor set.</summary>
/// <param name="Name">The developer's shown name.</param>
/// <param name="Email">The developer's shown email.</param>
/// <param name="Files">The number of analysed files the developer authors.</param>
/// <param name="Share">That number over the number of analysed files.</param>
public sealed record TruckFactorAuthor(string Name, string Email, int Files, double Share);
