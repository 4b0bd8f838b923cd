using System.Globalization;

namespace WorkflowDms.Reliability.Tests.Infrastructure;

/// <summary>
/// The size of a run: CI's short default, or the long run's figure from an environment variable
/// (docs/reliability.md lists them).
/// </summary>
internal static class RunSize
{
    public static int From(string variable, int ciDefault) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : ciDefault;
}
