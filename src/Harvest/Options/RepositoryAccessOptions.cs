namespace TruckFactor.Harvest.Options;

/// <summary>
/// Which repository locations a harvest may reach, read from the <c>Harvest:Access</c> configuration section.
/// The defaults accept only https URLs on github.com: a deployment is safe before anyone configures it.
/// </summary>
public sealed class RepositoryAccessOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "Harvest:Access";

    /// <summary>
    /// URL schemes accepted (https, http, ssh, git); file URLs are governed by <see cref="AllowLocalPaths"/>.
    /// </summary>
    public IList<string> AllowedSchemes { get; } = new List<string>();

    /// <summary>Host names accepted, compared without case; "*" accepts any public host.</summary>
    public IList<string> AllowedHosts { get; } = new List<string>();

    /// <summary>Accept local folder paths and file:// URLs (the local host turns this on for its demo).</summary>
    public bool AllowLocalPaths { get; set; }

    /// <summary>Accept loopback, link-local, private and unique-local addresses and the name localhost.</summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>The schemes in force: the configured ones, or https alone.</summary>
    public IReadOnlyList<string> EffectiveSchemes => AllowedSchemes.Count > 0 ? [.. AllowedSchemes] : ["https"];

    /// <summary>The hosts in force: the configured ones, or github.com alone.</summary>
    public IReadOnlyList<string> EffectiveHosts => AllowedHosts.Count > 0 ? [.. AllowedHosts] : ["github.com"];
}
