using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using TruckFactor.LocalHost;
using TruckFactor.LocalHost.Azurite;

namespace TruckFactor.Cli;

/// <summary>
/// The local host as the command line runs it: configuration from defaults, an optional settings file and
/// environment variables; storage from AzureWebJobsStorage, or Azurite started (and installed) on demand.
/// </summary>
internal sealed class LocalRuntime : IAsyncDisposable
{
    private const string StorageKey = "AzureWebJobsStorage";

    private readonly AzuriteInstance? _azurite;

    private LocalRuntime(LocalHarvestHost host, AzuriteInstance? azurite, string storageDescription)
    {
        Host = host;
        _azurite = azurite;
        StorageDescription = storageDescription;
    }

    public LocalHarvestHost Host { get; }

    /// <summary>Where results are kept, for people to read (never the connection string: it holds a key).</summary>
    public string StorageDescription { get; }

    public static async Task<LocalRuntime> StartAsync(
        IReadOnlyDictionary<string, string?> overrides,
        FileInfo? settingsFile,
        LogLevel logLevel,
        TextWriter error,
        CancellationToken cancellationToken)
    {
        var configuration = BuildConfiguration(overrides, settingsFile);
        AzuriteInstance? azurite = null;
        var connection = configuration[StorageKey];
        var description = "the storage account of AzureWebJobsStorage";
        if (string.IsNullOrWhiteSpace(connection) || connection.Trim() == "UseDevelopmentStorage=true")
        {
            azurite = await AzuriteLauncher.EnsureRunningAsync(new AzuriteOptions(), error, cancellationToken)
                .ConfigureAwait(false);
            connection = azurite.ConnectionString;
            description = $"Azurite at http://127.0.0.1:{azurite.BlobPort}";
        }

        try
        {
            var host = await LocalHarvestHost.StartAsync(
                configuration, connection, logging => ConfigureLogging(logging, logLevel), cancellationToken)
                .ConfigureAwait(false);
            return new LocalRuntime(host, azurite, description);
        }
        catch
        {
            if (azurite is not null)
            {
                await azurite.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync().ConfigureAwait(false);
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static IConfiguration BuildConfiguration(
        IReadOnlyDictionary<string, string?> overrides,
        FileInfo? settingsFile)
    {
        // The local host accepts local paths so its demo works offline; everything else keeps the safe defaults.
        var defaults = new Dictionary<string, string?> { ["Harvest:Access:AllowLocalPaths"] = "true" };
        var builder = new ConfigurationBuilder().AddInMemoryCollection(defaults);
        if (settingsFile is not null)
        {
            if (!settingsFile.Exists)
            {
                throw new Analysis.Errors.TruckFactorException(
                    $"--settings '{settingsFile.FullName}' does not exist. Give a JSON settings file.");
            }

            builder.AddJsonFile(settingsFile.FullName, optional: false);
        }

        return builder.AddEnvironmentVariables().AddInMemoryCollection(overrides).Build();
    }

    private static void ConfigureLogging(ILoggingBuilder logging, LogLevel level)
    {
        logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "HH:mm:ss ";
        });
        logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        logging.SetMinimumLevel(level);
        logging.AddFilter("DurableTask", LogLevel.Warning);
        logging.AddFilter("Microsoft", LogLevel.Warning);
        logging.AddFilter("Grpc", LogLevel.Warning);
        logging.AddFilter("Azure", LogLevel.Warning);

        // The embedded worker of a one-off harvest reports idle reconnects as warnings, and an activity cut short
        // by Ctrl+C as an error with a stack trace; neither helps the person at the console, and the harvest's
        // own progress and failures are printed by the command.
        if (level >= LogLevel.Warning)
        {
            logging.AddFilter("Microsoft.DurableTask", LogLevel.Critical);
        }
    }
}
