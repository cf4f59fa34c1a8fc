using System.Net;
using System.Net.Sockets;

namespace TruckFactor.LocalHost.Azurite;

/// <summary>Probes and picks TCP ports on 127.0.0.1, the only address the emulator listens on.</summary>
internal static class LoopbackPorts
{
    // A refused connection fails at once; the timeout only bounds a port that silently drops packets.
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The three ports to start on: fixed ones as given (refused if something already listens there), free ones
    /// for zeros.
    /// </summary>
    internal static async Task<int[]> ChooseAsync(int[] requested, CancellationToken ct)
    {
        var busy = new List<int>();
        foreach (var port in requested.Where(port => port != 0))
        {
            if (await AcceptsAsync(port, ct).ConfigureAwait(false))
            {
                busy.Add(port);
            }
        }

        if (busy.Count > 0)
        {
            throw new AzuriteException(
                $"Port(s) {string.Join(", ", busy)} on 127.0.0.1 are taken, but not all three Azurite ports answer, "
                + "so no running emulator can be reused. Stop the program holding them, or set the ports to 0.");
        }

        // All listeners stay open until the last is bound, so the three free ports differ.
        var listeners = requested.Select(port => port == 0 ? new TcpListener(IPAddress.Loopback, 0) : null).ToList();
        try
        {
            listeners.ForEach(listener => listener?.Start());
            return [.. requested.Select((port, i) => listeners[i] is { } bound ? BoundPort(bound) : port)];
        }
        finally
        {
            listeners.ForEach(listener => listener?.Stop());
        }
    }

    /// <summary>True when every port accepts a TCP connection on 127.0.0.1.</summary>
    internal static async Task<bool> AllAcceptAsync(IEnumerable<int> ports, CancellationToken ct)
    {
        foreach (var port in ports)
        {
            if (!await AcceptsAsync(port, ct).ConfigureAwait(false))
            {
                return false;
            }
        }

        return true;
    }

    private static async Task<bool> AcceptsAsync(int port, CancellationToken ct)
    {
        using var client = new TcpClient(AddressFamily.InterNetwork);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(ConnectTimeout);
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token).ConfigureAwait(false);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return false;
        }
    }

    private static int BoundPort(TcpListener listener) => ((IPEndPoint)listener.LocalEndpoint).Port;
}
