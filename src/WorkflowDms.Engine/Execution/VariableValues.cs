using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace WorkflowDms.Engine.Execution;

/// <summary>
/// Brings every value that enters the instance into JSON shape (null, string, bool, long, decimal, double, list,
/// string-keyed map), so a state read back from JSON behaves exactly like the one that was written. Dates become
/// ISO 8601 strings; the expression language compares them with dates.
/// </summary>
internal static class VariableValues
{
    public static object? Normalize(object? value) => value switch
    {
        null or string or bool or long or decimal or double => value,
        int i => (long)i,
        short s => (long)s,
        byte b => (long)b,
        sbyte sb => (long)sb,
        ushort us => (long)us,
        uint ui => (long)ui,
        ulong ul => ul <= long.MaxValue ? (long)ul : (decimal)ul,
        float f => (double)f,
        char c => c.ToString(),
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("O", CultureInfo.InvariantCulture),
        Guid g => g.ToString(),
        Enum e => e.ToString(),
        JsonElement element => FromJson(element),
        IEnumerable<KeyValuePair<string, object?>> map => NormalizeMap(map),
        IDictionary map => NormalizeMap(map),
        IEnumerable items => NormalizeList(items),
        _ => FromJson(JsonSerializer.SerializeToElement(value, value.GetType())),
    };

    public static Dictionary<string, object?> NormalizeMap(IEnumerable<KeyValuePair<string, object?>> map)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, item) in map)
        {
            result[key] = Normalize(item);
        }

        return result;
    }

    public static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => Number(element),
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => FromJson(p.Value), StringComparer.Ordinal),
        _ => null,
    };

    private static object Number(JsonElement element)
    {
        if (element.TryGetInt64(out var l))
        {
            return l;
        }

        var raw = element.GetRawText();
        if (raw.Contains('e', StringComparison.OrdinalIgnoreCase) || !element.TryGetDecimal(out var m))
        {
            return element.GetDouble();
        }

        return m;
    }

    private static Dictionary<string, object?> NormalizeMap(IDictionary map)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in map)
        {
            result[Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty] = Normalize(entry.Value);
        }

        return result;
    }

    private static List<object?> NormalizeList(IEnumerable items)
    {
        var result = new List<object?>();
        foreach (var item in items)
        {
            result.Add(Normalize(item));
        }

        return result;
    }
}
