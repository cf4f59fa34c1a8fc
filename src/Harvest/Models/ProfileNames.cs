using TruckFactor.Analysis;

namespace TruckFactor.Harvest.Models;

/// <summary>The profile names a harvest request may use, and their analysis profiles.</summary>
public static class ProfileNames
{
    /// <summary>The names accepted, lower case.</summary>
    public static IReadOnlyList<string> All { get; } = ["default", "reference"];

    /// <summary>Reads a profile name, ignoring case.</summary>
    /// <param name="name">default or reference.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentException">The name is not a profile.</exception>
    public static AnalysisProfile Parse(string name) =>
        Enum.TryParse<AnalysisProfile>(name, ignoreCase: true, out var profile) && Enum.IsDefined(profile)
            ? profile
            : throw new ArgumentException(
                $"Unknown profile '{name}'. Use one of: {string.Join(", ", All)}.", nameof(name));
}
