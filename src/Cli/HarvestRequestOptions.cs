namespace TruckFactor.Cli;

/// <summary>The options of <c>truckfactor harvest</c>.</summary>
internal sealed record HarvestRequestOptions(
    FileInfo ListFile,
    string Profile,
    int? BatchSize,
    string? Server,
    string? ApiKey,
    string Format,
    FileInfo? Output,
    FileInfo? Settings);
