namespace TruckFactor.Harvest.Api;

/// <summary>The URLs of a harvest, as Durable Functions names its status links.</summary>
/// <param name="StatusQueryGetUri">GET for the status and progress.</param>
/// <param name="ResultsUri">GET for results.json.</param>
/// <param name="ResultsCsvUri">GET for results.csv.</param>
/// <param name="ReportUri">GET for the harvest's HTML report.</param>
public sealed record HarvestLinks(string StatusQueryGetUri, string ResultsUri, string ResultsCsvUri, string ReportUri);
