using System.CommandLine;

namespace TruckFactor.Cli;

/// <summary>The <c>truckfactor</c> command line: its commands and how they report errors.</summary>
internal static class CliApplication
{
    /// <summary>Parses and runs one command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where progress and errors go.</param>
    /// <param name="cancellationToken">Stops the command.</param>
    /// <returns>The process exit code: 0 on success, 1 on any error (with a one-line reason on error).</returns>
    public static async Task<int> RunAsync(
        string[] args,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken)
    {
        var root = new RootCommand("Truck factor of git repositories (Avelino et al., ICPC 2016).")
        {
            AnalyzeCommand.Create(output, error),
            RecordsCommand.Create(output, error),
            ServeCommand.Create(output, error),
            HarvestCommand.Create(output, error),
            DiscoverCommand.Create(output, error),
        };
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await root.Parse(args).InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}
