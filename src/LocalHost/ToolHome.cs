namespace TruckFactor.LocalHost;

/// <summary>
/// The folder of the tool's per-user state (the Azurite install and data, the local API key): TRUCKFACTOR_HOME, or
/// ~/.truckfactor.
/// </summary>
public static class ToolHome
{
    /// <summary>The environment variable that moves the folder.</summary>
    public const string Variable = "TRUCKFACTOR_HOME";

    /// <summary>The folder; a blank variable counts as unset.</summary>
    public static string Folder =>
        Environment.GetEnvironmentVariable(Variable) is { } home && !string.IsNullOrWhiteSpace(home)
            ? home
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".truckfactor");
}
