using System.Runtime.InteropServices;

namespace WorkflowDms.LoadTests.Reporting;

/// <summary>The machine line of the report: CPU model, memory, OS and runtime.</summary>
internal static class MachineInfo
{
    public static string Describe()
    {
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        var memory = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return $"{cpu}, {long.Parse(memory, System.Globalization.CultureInfo.InvariantCulture) / 1_048_576} GB RAM, {RuntimeInformation.OSDescription}, .NET {Environment.Version}";
    }
}
