namespace TruckFactor.Harvest.Tests.Discovery;

/// <summary>One request the fake GitHub API received.</summary>
/// <param name="PathAndQuery">The path and raw query string.</param>
/// <param name="Query">The decoded <c>q</c> parameter, if any.</param>
/// <param name="Authorization">The Authorization header, or null.</param>
/// <param name="Accept">The Accept header.</param>
/// <param name="ApiVersion">The X-GitHub-Api-Version header.</param>
/// <param name="UserAgent">The User-Agent header.</param>
/// <param name="Time">When it arrived.</param>
internal sealed record RecordedRequest(
    string PathAndQuery,
    string? Query,
    string? Authorization,
    string? Accept,
    string? ApiVersion,
    string? UserAgent,
    DateTimeOffset Time);
