namespace WorkflowDms.Application.Statistics;

internal static class Ratio
{
    /// <summary><paramref name="part"/> / <paramref name="whole"/> to 4 decimals; null when the whole is 0 (no rate, rather than a rate of 0).</summary>
    public static decimal? Of(int part, int whole) => whole == 0 ? null : Math.Round((decimal)part / whole, 4);
}
