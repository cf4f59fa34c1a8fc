namespace TruckFactor.Bench;

/// <summary>Reads this process's peak resident set (VmHWM), the figure the memory target is about.</summary>
internal static class PeakMemory
{
    public static double MebiBytes()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                var kib = long.Parse(
                    line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
                return kib / 1024.0;
            }
        }

        return double.NaN;
    }
}
