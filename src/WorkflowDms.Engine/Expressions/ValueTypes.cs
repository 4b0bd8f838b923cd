using System.Collections;
using System.Globalization;

namespace WorkflowDms.Engine.Expressions;

/// <summary>Type tests and coercions shared by the operators. Variables are JSON-shaped, so only a few types occur.</summary>
internal static class ValueTypes
{
    public static bool IsNumber(object? value) =>
        value is long or int or decimal or double or float or short or byte or uint or ulong;

    public static bool IsFloating(object? value) => value is double or float;

    public static decimal ToDecimal(object value) => value switch
    {
        long l => l,
        int i => i,
        decimal m => m,
        double d => (decimal)d,
        float f => (decimal)f,
        _ => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
    };

    public static double ToDouble(object value) => value switch
    {
        long l => l,
        int i => i,
        decimal m => (double)m,
        double d => d,
        float f => f,
        _ => Convert.ToDouble(value, CultureInfo.InvariantCulture),
    };

    public static bool TryToLong(object? value, out long result)
    {
        switch (value)
        {
            case long l:
                result = l;
                return true;
            case int i:
                result = i;
                return true;
            case decimal m when m == decimal.Truncate(m) && m >= long.MinValue && m <= long.MaxValue:
                result = (long)m;
                return true;
            case double d when d == Math.Truncate(d) && d >= long.MinValue && d <= long.MaxValue:
                result = (long)d;
                return true;
            default:
                result = 0;
                return false;
        }
    }

    public static bool TryToDate(object? value, out DateTimeOffset date)
    {
        switch (value)
        {
            case DateTimeOffset d:
                date = d;
                return true;
            case DateTime dt:
                date = new DateTimeOffset(DateTime.SpecifyKind(dt, dt.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : dt.Kind));
                return true;
            case string s:
                return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date);
            default:
                date = default;
                return false;
        }
    }

    public static bool AsBool(object? value, string what) => value switch
    {
        bool b => b,
        null => throw new ExpressionException($"{what} is null, expected a boolean"),
        _ => throw new ExpressionException($"{what} is a {Describe(value)}, expected a boolean"),
    };

    public static bool IsEmpty(object? value) => value switch
    {
        null => true,
        string s => s.Length == 0,
        ICollection c => c.Count == 0,
        IEnumerable e => !e.GetEnumerator().MoveNext(),
        _ => false,
    };

    public static string Describe(object? value) => value switch
    {
        null => "null",
        string => "string",
        bool => "boolean",
        long or int => "integer",
        decimal or double or float => "number",
        DateTimeOffset or DateTime => "date-time",
        IDictionary => "map",
        IEnumerable => "list",
        _ => value.GetType().Name,
    };

    public static string ToText(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        bool b => b ? "true" : "false",
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
