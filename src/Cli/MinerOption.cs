using System.CommandLine;
using TruckFactor.Analysis.Mining;

namespace TruckFactor.Cli;

/// <summary>The <c>--miner</c> option shared by the commands that mine.</summary>
internal static class MinerOption
{
    public static Option<MinerKind> Create()
    {
        return new Option<MinerKind>("--miner")
        {
            Description = "How to read the history: raw (fast, default) or libgit2 (LibGit2Sharp, a cross-check).",
            DefaultValueFactory = _ => MinerKind.Raw,
        };
    }
}
