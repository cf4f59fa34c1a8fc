using TruckFactor.Harvest.Models;
using TruckFactor.Harvest.Discovery;

namespace TruckFactor.Cli;

/// <summary>The options of <c>truckfactor harvest</c>: a list file, a discovery, or both.</summary>
internal sealed record HarvestRequestOptions(
    FileInfo? ListFile,
    string Profile,
    int? BatchSize,
    string? Server,
    string? ApiKey,
    string Format,
    FileInfo? Output,
    FileInfo? Settings,
    DiscoveryQuery? Discover = null,
    AnalysisChoices? Analysis = null);
