using TruckFactor.Analysis;
using TruckFactor.Analysis.Mining;

using TruckFactor.Harvest.Models;

namespace TruckFactor.Cli;

/// <summary>The parsed options of <c>truckfactor analyze</c>.</summary>
internal sealed record AnalyzeRequest(
    string Location,
    string? Commit,
    string? At,
    AnalysisProfile Profile,
    OutputFormat Format,
    FileInfo? Output,
    FileInfo? AliasFile,
    DirectoryInfo? Cache,
    FileInfo? Log,
    AnalysisChoices Selection,
    MinerKind Miner = MinerKind.Raw);
