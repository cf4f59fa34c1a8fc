namespace TruckFactor.Analysis.Mining;

/// <summary>One <c>.gitattributes</c> file of the analysed commit.</summary>
/// <param name="Directory">The folder holding it, with <c>/</c> separators; empty for the repository root.</param>
/// <param name="Text">Its content.</param>
public sealed record AttributesFile(string Directory, string Text);
