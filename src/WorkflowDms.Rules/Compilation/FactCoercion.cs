using System.Text.Json;

namespace WorkflowDms.Rules.Compilation;

/// <summary>
/// Turns a JSON-shaped value (a string-keyed map or a JsonElement object) into the declared fact type. The engine
/// keeps process variables in JSON shape (maps, lists, long, ISO date strings), so a BPMN business-rule task hands
/// over <c>claim</c> as a map, not a ClaimFacts; passed as it is, RulesEngine would compile a dynamic type on the
/// request path and date comparisons would fail on strings. Scalars are left alone (RulesEngine compiles for them).
/// </summary>
internal static class FactCoercion
{
    public static object Coerce(string inputName, object value, Type declaredType)
    {
        if (declaredType.IsInstanceOfType(value) || !IsFactType(declaredType) || !IsJsonShapedObject(value))
        {
            return value;
        }

        try
        {
            var element = value as JsonElement? ?? JsonSerializer.SerializeToElement(value, value.GetType(), JsonSerializerOptions.Web);
            return element.Deserialize(declaredType, JsonSerializerOptions.Web)
                ?? throw new JsonException("the value is null");
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            throw new ArgumentException($"Input '{inputName}' cannot be read as {declaredType.Name}: {ex.Message}", ex);
        }
    }

    private static bool IsFactType(Type type) =>
        !type.IsPrimitive && type != typeof(string) && type != typeof(decimal) && type != typeof(DateTime) && type != typeof(DateOnly);

    private static bool IsJsonShapedObject(object value) => value switch
    {
        JsonElement element => element.ValueKind == JsonValueKind.Object,
        IEnumerable<KeyValuePair<string, object?>> => true,
        _ => false,
    };
}
