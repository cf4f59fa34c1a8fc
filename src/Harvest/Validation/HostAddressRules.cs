using System.Net;
using System.Net.Sockets;

namespace TruckFactor.Harvest.Validation;

/// <summary>
/// Which addresses a harvest must not reach unless the operator allows private addresses: loopback, private,
/// link-local, carrier-grade NAT, unique-local, multicast, reserved, and IPv6 forms that embed such IPv4 addresses.
/// </summary>
public static class HostAddressRules
{
    /// <summary>Says why <paramref name="address"/> is not public, or returns null when it is.</summary>
    /// <param name="address">An IPv4 or IPv6 address.</param>
    /// <returns>A phrase such as "a loopback address", or null.</returns>
    public static string? PrivateReason(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);

        return address.AddressFamily == AddressFamily.InterNetwork
            ? V4Reason(address.GetAddressBytes())
            : V6Reason(address);
    }

    private static string? V4Reason(byte[] b) => b switch
    {
        [0, ..] => "an unspecified address",
        [127, ..] => "a loopback address",
        [10, ..] or [172, >= 16 and <= 31, ..] or [192, 168, ..] => "a private address",
        [100, >= 64 and <= 127, ..] => "a carrier-grade NAT address",
        [169, 254, ..] => "a link-local address",
        [>= 224 and <= 239, ..] => "a multicast address",
        [>= 240, ..] => "a reserved or broadcast address",
        _ => null,
    };

    private static string? V6Reason(IPAddress address)
    {
        var b = address.GetAddressBytes();
        var compatible = b.Take(12).All(x => x == 0);
        return address switch
        {
            _ when address.IsIPv4MappedToIPv6 => V4Reason(address.MapToIPv4().GetAddressBytes()),
            _ when compatible && b[12..].All(x => x == 0) => "an unspecified address",
            _ when address.Equals(IPAddress.IPv6Loopback) => "a loopback address",
            _ when compatible => "a reserved IPv6 address (IPv4-compatible)",

            // The NAT64 well-known prefix 64:ff9b::/96 carries an IPv4 address in its last four bytes.
            _ when b[..4] is [0, 0x64, 0xff, 0x9b] && b[4..12].All(x => x == 0) => V4Reason(b[12..]),
            _ when address.IsIPv6LinkLocal => "a link-local address",
            _ when address.IsIPv6SiteLocal => "a site-local address",
            _ when address.IsIPv6UniqueLocal => "a unique-local address",
            _ when address.IsIPv6Multicast => "a multicast address",
            _ => null,
        };
    }
}
