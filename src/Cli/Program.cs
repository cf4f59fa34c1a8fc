using System.Globalization;
using System.Runtime.InteropServices;
using TruckFactor.Cli;

// Results read the same on every machine: numbers and dates are formatted without the user's locale.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// The first Ctrl+C or SIGTERM asks the command to stop cleanly (a harvest host releases its task-hub leases); a
// second one ends the process at once.
using var stop = new CancellationTokenSource();
void OnSignal(PosixSignalContext context)
{
    context.Cancel = !stop.IsCancellationRequested;
    stop.Cancel();
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
return await CliApplication.RunAsync(args, Console.Out, Console.Error, stop.Token).ConfigureAwait(false);
