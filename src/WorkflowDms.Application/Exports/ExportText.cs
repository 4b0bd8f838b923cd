using System.Globalization;

namespace WorkflowDms.Application.Exports;

/// <summary>How export cells are written: invariant culture, UTC, amounts as whole minor units (no decimal point to misread).</summary>
internal static class ExportText
{
    public static string Time(DateTime at) => at.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    public static string Date(DateTime at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Minor(long amount) => amount.ToString(CultureInfo.InvariantCulture);
}
