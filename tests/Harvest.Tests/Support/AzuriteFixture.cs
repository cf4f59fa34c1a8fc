using TruckFactor.LocalHost.Azurite;

namespace TruckFactor.Harvest.Tests.Support;

/// <summary>
/// Azure Storage for tests: the connection string in <c>TRUCKFACTOR_TEST_STORAGE</c> when set, otherwise an
/// in-memory Azurite on free ports, installed on first use into the shared default folder so later runs skip npm.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    /// <summary>Environment variable with a connection string that replaces the emulator.</summary>
    public const string StorageVariable = "TRUCKFACTOR_TEST_STORAGE";

    // The first run installs Azurite with npm, measured at about 30 s; the rest is headroom for a slow registry.
    private static readonly TimeSpan SetupTimeout = TimeSpan.FromMinutes(6);

    /// <summary>Connection string of the storage the tests use.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>
    /// The emulator this fixture started; null when <see cref="StorageVariable"/> supplied the storage.
    /// </summary>
    public AzuriteInstance? Instance { get; private set; }

    public async Task InitializeAsync()
    {
        var external = Environment.GetEnvironmentVariable(StorageVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            ConnectionString = external;
            return;
        }

        using var timeout = new CancellationTokenSource(SetupTimeout);
        try
        {
            Instance = await AzuriteLauncher.EnsureRunningAsync(FreshEmulatorOptions(), Console.Out, timeout.Token);
        }
        catch (Exception error) when (error is AzuriteException or OperationCanceledException)
        {
            // Failing, not skipping: a storage test that silently does not run hides a broken setup.
            throw new InvalidOperationException(
                $"The Azure Storage tests could not start Azurite: {error.Message}{Environment.NewLine}"
                + $"Fix that, or set {StorageVariable} to the connection string of a running emulator or account.",
                error);
        }

        ConnectionString = Instance.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (Instance is not null)
        {
            await Instance.DisposeAsync();
        }
    }

    /// <summary>Options for an emulator of a test's own: in memory, free ports, shared install folder.</summary>
    public static AzuriteOptions FreshEmulatorOptions() =>
        new() { InMemoryPersistence = true, BlobPort = 0, QueuePort = 0, TablePort = 0 };
}
