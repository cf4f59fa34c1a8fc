namespace TruckFactor.LocalHost.Azurite;

/// <summary>
/// Where <see cref="AzuriteLauncher"/> installs the Azurite storage emulator, where the emulator keeps its data and
/// which ports it listens on. The defaults read <c>TRUCKFACTOR_HOME</c>, <c>TRUCKFACTOR_AZURITE_DIR</c> and
/// <c>TRUCKFACTOR_AZURITE</c> when the options are created.
/// </summary>
public sealed class AzuriteOptions
{
    /// <summary>
    /// The npm package installed on first use. 3.37.0 is the only 3.37 release the registry serves; it is pinned so
    /// that every machine runs the emulator the tests were written against.
    /// </summary>
    public const string DefaultPackageSpec = "azurite@3.37.0";

    /// <summary>Azurite's customary blob port, which tools such as Storage Explorer expect.</summary>
    public const int DefaultBlobPort = 10000;

    /// <summary>Azurite's customary queue port.</summary>
    public const int DefaultQueuePort = 10001;

    /// <summary>Azurite's customary table port.</summary>
    public const int DefaultTablePort = 10002;

    /// <summary>Environment variable naming TruckFactor's per-user folder; <c>~/.truckfactor</c> when unset.</summary>
    public const string HomeVariable = ToolHome.Variable;

    /// <summary>Environment variable that overrides <see cref="InstallDirectory"/>.</summary>
    public const string InstallDirectoryVariable = "TRUCKFACTOR_AZURITE_DIR";

    /// <summary>Environment variable naming an Azurite executable to use instead of the npm-installed one.</summary>
    public const string ExecutableVariable = "TRUCKFACTOR_AZURITE";

    /// <summary>
    /// The npm prefix Azurite is installed into (it runs as <c>node_modules/.bin/azurite</c> below it). Default:
    /// <c>TRUCKFACTOR_AZURITE_DIR</c>, else <c>$TRUCKFACTOR_HOME/tools/azurite</c>.
    /// </summary>
    public string InstallDirectory { get; set; } = DefaultInstallDirectory();

    /// <summary>
    /// Where Azurite keeps blobs, queues and tables between runs, unless <see cref="InMemoryPersistence"/> is set.
    /// Default: <c>$TRUCKFACTOR_HOME/azurite</c>.
    /// </summary>
    public string DataDirectory { get; set; } = Path.Combine(DefaultHome(), "azurite");

    /// <summary>
    /// Keeps all data in memory, so it vanishes when the emulator stops; <see cref="DataDirectory"/> is unused.
    /// </summary>
    public bool InMemoryPersistence { get; set; }

    /// <summary>Blob service port on 127.0.0.1; 0 picks a free port.</summary>
    public int BlobPort { get; set; } = DefaultBlobPort;

    /// <summary>Queue service port on 127.0.0.1; 0 picks a free port.</summary>
    public int QueuePort { get; set; } = DefaultQueuePort;

    /// <summary>Table service port on 127.0.0.1; 0 picks a free port.</summary>
    public int TablePort { get; set; } = DefaultTablePort;

    /// <summary>
    /// How long the first-use npm install may take, including the wait for another process installing into the
    /// same folder. The install took about 30 s on a development machine.
    /// </summary>
    public TimeSpan InstallTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long the emulator may take until all three ports accept connections.</summary>
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The npm package spec to install, <see cref="DefaultPackageSpec"/> unless overridden.</summary>
    public string PackageSpec { get; set; } = DefaultPackageSpec;

    /// <summary>
    /// An Azurite executable that takes precedence over the installed one; default: <c>TRUCKFACTOR_AZURITE</c>.
    /// Null means use (or install) the one in <see cref="InstallDirectory"/>.
    /// </summary>
    public string? Executable { get; set; } = NonEmpty(Environment.GetEnvironmentVariable(ExecutableVariable));

    /// <summary>
    /// The directory list searched for <c>node</c> and <c>npm</c>, in the form of the <c>PATH</c> variable; it is
    /// also the <c>PATH</c> npm and Azurite run with. Null means this process's <c>PATH</c>.
    /// </summary>
    public string? SearchPath { get; set; }

    /// <summary>True when all three ports are fixed, so an emulator already listening on them can be reused.</summary>
    public bool HasFixedPorts => BlobPort != 0 && QueuePort != 0 && TablePort != 0;

    /// <summary>Checks that the options describe an emulator that can be started.</summary>
    /// <exception cref="ArgumentException">A property is out of range; the message names it.</exception>
    public void Validate()
    {
        RequireText(InstallDirectory, nameof(InstallDirectory));
        RequireText(PackageSpec, nameof(PackageSpec));
        if (!InMemoryPersistence)
        {
            RequireText(DataDirectory, nameof(DataDirectory));
        }

        RequirePort(BlobPort, nameof(BlobPort));
        RequirePort(QueuePort, nameof(QueuePort));
        RequirePort(TablePort, nameof(TablePort));
        var fixedPorts = new[] { BlobPort, QueuePort, TablePort }.Where(port => port != 0).ToList();
        if (fixedPorts.Distinct().Count() != fixedPorts.Count)
        {
            throw new ArgumentException(
                $"Blob, queue and table ports must differ (got {BlobPort}, {QueuePort}, {TablePort}); "
                + "choose three ports or 0 for free ones.");
        }

        RequirePositive(InstallTimeout, nameof(InstallTimeout));
        RequirePositive(StartTimeout, nameof(StartTimeout));
    }

    private static string DefaultHome() => ToolHome.Folder;

    private static string DefaultInstallDirectory() =>
        NonEmpty(Environment.GetEnvironmentVariable(InstallDirectoryVariable))
        ?? Path.Combine(DefaultHome(), "tools", "azurite");

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static void RequireText(string value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{name} is empty; give a value or keep the default.", name);
        }
    }

    private static void RequirePort(int port, string name)
    {
        if (port is < 0 or > 65535)
        {
            throw new ArgumentException($"{name} is {port}; use 1-65535, or 0 to pick a free port.", name);
        }
    }

    private static void RequirePositive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            throw new ArgumentException($"{name} is {value}; it must be positive.", name);
        }
    }
}
