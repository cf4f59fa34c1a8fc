namespace TruckFactor.Analysis.Classification;

/// <summary>The classifier's decision on one file, with the rule that made it.</summary>
/// <param name="Path">The file path.</param>
/// <param name="Category">What the file is.</param>
/// <param name="Reason">The rule that decided, e.g. <c>path vendor/</c> or <c>.gitattributes linguist-generated</c>.
/// </param>
public sealed record FileDecision(string Path, FileCategory Category, string Reason);
