namespace WorkflowDms.Rules.Loading;

/// <summary>
/// Scalar input types a rule set may declare without a resolver, so that a BPMN business-rule task can pass raw
/// process variables (e.g. <c>"amount": "decimal"</c>, <c>"invoiceCategory": "string"</c>).
/// </summary>
internal static class BuiltInFactTypes
{
    private static readonly Dictionary<string, Type> Types = new(StringComparer.Ordinal)
    {
        ["string"] = typeof(string),
        ["bool"] = typeof(bool),
        ["int"] = typeof(int),
        ["long"] = typeof(long),
        ["decimal"] = typeof(decimal),
        ["double"] = typeof(double),
        ["DateTime"] = typeof(DateTime),
        ["DateOnly"] = typeof(DateOnly),
    };

    public static bool TryResolve(string name, out Type type) => Types.TryGetValue(name, out type!);
}
