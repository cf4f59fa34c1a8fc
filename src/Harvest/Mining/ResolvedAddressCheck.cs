using System.Net;
using System.Net.Sockets;
using TruckFactor.Analysis.Mining;
using TruckFactor.Harvest.Validation;

namespace TruckFactor.Harvest.Mining;

/// <summary>
/// Resolves a URL's host name just before cloning and refuses it when any address is private: the URL policy
/// judges only what is written, and a public-looking name can resolve to 127.0.0.1 or a cloud metadata address.
/// </summary>
internal static class ResolvedAddressCheck
{
    /// <summary>Returns why the location must not be cloned, or null.</summary>
    /// <param name="location">A URL, scp-like address or local path.</param>
    /// <param name="cancellationToken">Stops the lookup.</param>
    /// <returns>The reason, or null when every address is public or the location is not a URL.</returns>
    public static async Task<string?> CheckAsync(string location, CancellationToken cancellationToken)
    {
        var host = HostOf(location);
        if (host is null || IPAddress.TryParse(host.Trim('[', ']'), out _))
        {
            // Local paths need no lookup, and address literals were judged by the policy already.
            return null;
        }

        IPAddress[] addresses;
        try
        {
            addresses = await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        }
        catch (SocketException)
        {
            // An unknown name fails the clone a moment later with git's own message; nothing is reached meanwhile.
            return null;
        }

        foreach (var address in addresses)
        {
            if (HostAddressRules.PrivateReason(address) is { } reason)
            {
                return $"'{location}': the host {host} resolves to {address}, {reason}, which this server does not "
                    + $"reach; use a public host, or ask the operator to set "
                    + $"{Options.RepositoryAccessOptions.Section}:AllowPrivateAddresses.";
            }
        }

        return null;
    }

    private static string? HostOf(string location)
    {
        if (!RepositoryCache.IsUrl(location))
        {
            return null;
        }

        if (Uri.TryCreate(location, UriKind.Absolute, out var uri) && !uri.IsFile)
        {
            return uri.Host;
        }

        // scp-like: [user@]host:path
        var at = location.IndexOf('@', StringComparison.Ordinal);
        var colon = location.IndexOf(':', at + 1);
        return colon > at + 1 ? location[(at + 1)..colon] : null;
    }
}
