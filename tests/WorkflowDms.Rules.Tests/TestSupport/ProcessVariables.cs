using System.Text.Json;

namespace WorkflowDms.Rules.Tests.TestSupport;

/// <summary>
/// Mimics how the engine keeps process variables: JSON shape, i.e. string-keyed maps, lists, long, decimal, double,
/// and ISO 8601 strings for dates (WorkflowDms.Engine's VariableValues, which is internal to the engine).
/// </summary>
internal static class ProcessVariables
{
    public static object? AsVariable(object value) => FromJson(JsonSerializer.SerializeToElement(value, value.GetType()));

    private static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => element.TryGetInt64(out var l) ? l : element.GetDecimal(),
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => FromJson(p.Value), StringComparer.Ordinal),
        _ => null,
    };
}
