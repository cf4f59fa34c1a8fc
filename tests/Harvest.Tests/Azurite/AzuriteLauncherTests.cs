using System.Net;
using System.Net.Sockets;
using Azure.Storage.Blobs;
using TruckFactor.Harvest.Tests.Support;
using TruckFactor.LocalHost.Azurite;

namespace TruckFactor.Harvest.Tests.Azurite;

/// <summary>Starting, reusing and stopping Azurite, checked through the Azure SDK and plain TCP.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzuriteLauncherTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task EnsureRunningAsync_FixtureEmulator_ServesBlobRoundTrip()
    {
        // Independent route: the Azure SDK itself, with the API version current SDKs send.
        var container = new BlobServiceClient(fixture.ConnectionString)
            .GetBlobContainerClient($"launcher-{Guid.NewGuid():N}");
        var content = BinaryData.FromString("who would be hit by the truck?");

        await container.CreateAsync();
        try
        {
            var blob = container.GetBlobClient("question.txt");
            await blob.UploadAsync(content);
            var downloaded = await blob.DownloadContentAsync();

            Assert.Equal(content.ToArray(), downloaded.Value.Content.ToArray());
        }
        finally
        {
            await container.DeleteAsync();
        }
    }

    [Fact]
    public async Task EnsureRunningAsync_AllFixedPortsServed_ReusesRunningEmulator()
    {
        await using var owned = fixture.Instance is null ? await StartOwnAsync() : null;
        var running = fixture.Instance ?? owned!;
        var empty = CreateTempFolder();
        try
        {
            // The empty install folder and PATH prove no install or start was attempted: either would throw.
            await using var reused = await AzuriteLauncher.EnsureRunningAsync(
                OptionsOnPortsOf(running, empty), progress: null, CancellationToken.None);

            Assert.False(reused.StartedHere);
            Assert.Equal(running.ConnectionString, reused.ConnectionString);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Fact]
    public async Task DisposeAsync_ReusedInstance_LeavesEmulatorRunning()
    {
        await using var owned = fixture.Instance is null ? await StartOwnAsync() : null;
        var running = fixture.Instance ?? owned!;
        var empty = CreateTempFolder();
        var reused = await AzuriteLauncher.EnsureRunningAsync(
            OptionsOnPortsOf(running, empty), progress: null, CancellationToken.None);
        Directory.Delete(empty, recursive: true);

        await reused.DisposeAsync();

        var properties = await new BlobServiceClient(running.ConnectionString).GetPropertiesAsync();
        Assert.NotNull(properties.Value);
    }

    [Fact]
    public async Task DisposeAsync_StartedHere_ClosesAllThreePorts()
    {
        var own = await StartOwnAsync();
        int[] ports = [own.BlobPort, own.QueuePort, own.TablePort];
        Assert.True(own.StartedHere);

        await own.DisposeAsync();

        foreach (var port in ports)
        {
            Assert.False(await AcceptsAsync(port), $"port {port} still accepts connections");
        }
    }

    [Fact]
    public async Task EnsureRunningAsync_NpmNotOnPath_ThrowsNamingNpm()
    {
        // Only the lookup's PATH is empty of npm; a stand-in node is there, so npm alone must be named.
        var install = CreateTempFolder();
        var path = CreateTempFolder();
        AddStandInExecutable(path, "node");
        try
        {
            var error = await Assert.ThrowsAsync<AzuriteException>(() => AzuriteLauncher.EnsureRunningAsync(
                UninstalledOptions(install, path), progress: null, CancellationToken.None));

            Assert.Contains("and npm is not on the PATH", error.Message, StringComparison.Ordinal);
            Assert.Contains("apt-get install nodejs npm", error.Message, StringComparison.Ordinal);
            Assert.Empty(Directory.EnumerateFileSystemEntries(install));
        }
        finally
        {
            Directory.Delete(install, recursive: true);
            Directory.Delete(path, recursive: true);
        }
    }

    [Fact]
    public async Task EnsureRunningAsync_NodeAndNpmNotOnPath_ThrowsNamingBoth()
    {
        var install = CreateTempFolder();
        var path = CreateTempFolder();
        try
        {
            var error = await Assert.ThrowsAsync<AzuriteException>(() => AzuriteLauncher.EnsureRunningAsync(
                UninstalledOptions(install, path), progress: null, CancellationToken.None));

            Assert.Contains("node and npm are not on the PATH", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(install, recursive: true);
            Directory.Delete(path, recursive: true);
        }
    }

    [Fact]
    public async Task ConnectionString_ParsedEndpoints_CarryTheInstancePorts()
    {
        await using var owned = fixture.Instance is null ? await StartOwnAsync() : null;
        var running = fixture.Instance ?? owned!;

        // Two routes: a plain key=value split, and the Azure SDK's own parser for the blob endpoint.
        var parts = running.ConnectionString
            .Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);

        Assert.Equal("devstoreaccount1", parts["AccountName"]);
        Assert.Equal(new Uri($"http://127.0.0.1:{running.BlobPort}/devstoreaccount1"), new Uri(parts["BlobEndpoint"]));
        Assert.Equal(running.QueuePort, new Uri(parts["QueueEndpoint"]).Port);
        Assert.Equal(running.TablePort, new Uri(parts["TableEndpoint"]).Port);
        Assert.Equal(running.BlobPort, new BlobServiceClient(running.ConnectionString).Uri.Port);
    }

    [Fact]
    public async Task EnsureRunningAsync_DataDirectoryAcrossRestarts_KeepsBlobs()
    {
        var data = CreateTempFolder();
        var options = AzuriteFixture.FreshEmulatorOptions();
        options.InMemoryPersistence = false;
        options.DataDirectory = data;
        var content = BinaryData.FromString("kept on disk");
        try
        {
            await using (var first = await AzuriteLauncher.EnsureRunningAsync(options, null, CancellationToken.None))
            {
                var container = new BlobServiceClient(first.ConnectionString).GetBlobContainerClient("kept");
                await container.CreateAsync();
                await container.GetBlobClient("a.txt").UploadAsync(content);
            }

            await using var second = await AzuriteLauncher.EnsureRunningAsync(options, null, CancellationToken.None);
            var downloaded = await new BlobServiceClient(second.ConnectionString)
                .GetBlobContainerClient("kept").GetBlobClient("a.txt").DownloadContentAsync();

            Assert.Equal(content.ToArray(), downloaded.Value.Content.ToArray());
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task EnsureRunningAsync_TwoFirstUsesAtOnce_InstallOnceAndReportEmulatorOutput()
    {
        if (OperatingSystem.IsWindows())
        {
            // The stand-in npm and azurite below are shell scripts; the lock itself is the same code everywhere.
            return;
        }

        var install = CreateTempFolder();
        var path = CreateTempFolder();
        AddStandInExecutable(path, "node");
        AddStandInExecutable(path, "npm", StandInNpm);
        try
        {
            var attempts = Enumerable.Range(0, 2).Select(_ => Task.Run(() => AzuriteLauncher.EnsureRunningAsync(
                UninstalledOptions(install, path), progress: null, CancellationToken.None)));
            var outcomes = await Task.WhenAll(attempts.Select(CatchAsync));

            Assert.Single(File.ReadAllLines(Path.Combine(install, "npm-runs")));
            Assert.All(outcomes, error =>
            {
                Assert.Contains("exited with code 3", error?.Message, StringComparison.Ordinal);
                Assert.Contains("stand-in azurite refuses to start", error?.Message, StringComparison.Ordinal);
            });
        }
        finally
        {
            Directory.Delete(install, recursive: true);
            Directory.Delete(path, recursive: true);
            File.Delete(install + ".lock");
        }
    }

    private static async Task<AzuriteInstance> StartOwnAsync() =>
        await AzuriteLauncher.EnsureRunningAsync(
            AzuriteFixture.FreshEmulatorOptions(), progress: null, CancellationToken.None);

    private static AzuriteOptions OptionsOnPortsOf(AzuriteInstance running, string emptyFolder) => new()
    {
        BlobPort = running.BlobPort,
        QueuePort = running.QueuePort,
        TablePort = running.TablePort,
        InstallDirectory = emptyFolder,
        Executable = null,
        SearchPath = emptyFolder,
    };

    private static AzuriteOptions UninstalledOptions(string install, string path) => new()
    {
        InMemoryPersistence = true,
        BlobPort = 0,
        QueuePort = 0,
        TablePort = 0,
        InstallDirectory = install,
        Executable = null,
        SearchPath = path,
    };

    private static string CreateTempFolder() =>
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"azurite-test-{Guid.NewGuid():N}")).FullName;

    // Stands in for 'npm install --no-audit --no-fund --prefix DIR SPEC': slow enough for the two callers to
    // overlap, it counts its runs and installs an azurite that fails at once, as a broken emulator would.
    private const string StandInNpm = """
        #!/bin/sh
        PATH=/usr/bin:/bin
        sleep 1
        echo "$6" >> "$5/npm-runs"
        mkdir -p "$5/node_modules/.bin"
        printf '#!/bin/sh\necho stand-in azurite refuses to start >&2\nexit 3\n' > "$5/node_modules/.bin/azurite"
        chmod +x "$5/node_modules/.bin/azurite"
        """;

    private static async Task<Exception?> CatchAsync(Task<AzuriteInstance> attempt)
    {
        try
        {
            await using var unexpected = await attempt;
            return null;
        }
        catch (AzuriteException error)
        {
            return error;
        }
    }

    private static void AddStandInExecutable(string folder, string name, string script = "")
    {
        // The lookup only checks that an executable file exists; only the npm stand-in is ever run.
        var file = Path.Combine(folder, OperatingSystem.IsWindows() ? name + ".exe" : name);
        File.WriteAllText(file, script.ReplaceLineEndings("\n") + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        }
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
