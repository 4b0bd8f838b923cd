namespace WorkflowDms.Application.Statistics;

/// <summary>An amount in minor units of its currency; statistics never add different currencies together.</summary>
public sealed record MoneyAmount(string Currency, long Minor)
{
    /// <summary>One amount per currency, ordered by currency code; empty when there is nothing to add.</summary>
    internal static IReadOnlyList<MoneyAmount> Sum<T>(IEnumerable<T> items, Func<T, string> currency, Func<T, long> minor) =>
        items.GroupBy(currency, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new MoneyAmount(g.Key, g.Aggregate(0L, (sum, item) => checked(sum + minor(item)))))
            .ToList();
}
