using TruckFactor.Analysis.Mining;
using TruckFactor.Bench;

// truckfactor-bench run [--ci] [--rounds N] <repo>...   prints the benchmark table
// truckfactor-bench mine|tf|rerun ...                   one measurement (started by run as a child process)
var arguments = args.ToList();
var command = arguments.Count > 0 ? arguments[0] : "help";
switch (command)
{
    case "mine":
        ChildCommands.Mine(
            arguments[1],
            renames: !arguments.Contains("--no-renames"),
            libgit2: arguments.Contains("--libgit2"),
            check: arguments.Contains("--check"),
            threads: arguments.IndexOf("--threads") is var at and >= 0
                ? int.Parse(arguments[at + 1], System.Globalization.CultureInfo.InvariantCulture)
                : RawObjectMiner.DefaultThreads);
        return 0;
    case "tf":
        ChildCommands.TruckFactorFromLog(arguments[1], arguments[2]);
        return 0;
    case "rerun":
        ChildCommands.Rerun(arguments[1], arguments[2]);
        return 0;
    case "run":
        return RunCommand.Execute(arguments.Skip(1).ToList());
    default:
        Console.Error.WriteLine("usage: truckfactor-bench run [--ci] [--rounds N] <git-directory>...");
        return 2;
}
