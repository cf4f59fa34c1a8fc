using Microsoft.Extensions.Logging;

namespace TruckFactor.Harvest.Discovery;

/// <summary>The discovery's log messages; event ids 3100–3119.</summary>
internal static partial class DiscoveryLog
{
    [LoggerMessage(3100, LogLevel.Debug, "GitHub page {Page}: {ItemCount} repositories, {Kept} kept so far")]
    public static partial void PageRead(this ILogger logger, int page, int itemCount, int kept);

    [LoggerMessage(
        3101,
        LogLevel.Warning,
        "GitHub rate limit reached; waiting {WaitSeconds} s until {ResetTime} before trying again")]
    public static partial void WaitingForRateLimit(this ILogger logger, double waitSeconds, DateTimeOffset resetTime);

    [LoggerMessage(
        3102,
        LogLevel.Warning,
        "A limit of {Limit} asks for more than GitHub's search returns; "
            + "at most {Cap} repositories will be found")]
    public static partial void SearchCapped(this ILogger logger, int limit, int cap);
}
