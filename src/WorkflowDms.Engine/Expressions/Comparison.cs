namespace WorkflowDms.Engine.Expressions;

/// <summary>
/// Equality and ordering. Numbers compare by value across long/decimal/double; dates compare with ISO 8601
/// strings (variables that went through JSON hold dates as strings); ordering with a null operand is false,
/// as with C# lifted operators.
/// </summary>
internal static class Comparison
{
    public static bool AreEqual(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return left is null && right is null;
        }

        if (ValueTypes.IsNumber(left) && ValueTypes.IsNumber(right))
        {
            return CompareNumbers(left, right) == 0;
        }

        if (left is string ls && right is string rs)
        {
            return string.Equals(ls, rs, StringComparison.Ordinal);
        }

        if ((left is DateTimeOffset || right is DateTimeOffset)
            && ValueTypes.TryToDate(left, out var ld) && ValueTypes.TryToDate(right, out var rd))
        {
            return ld == rd;
        }

        return left.Equals(right);
    }

    /// <summary>Applies an ordering operator (<c>&lt; &lt;= &gt; &gt;=</c>).</summary>
    public static bool Order(string op, object? left, object? right)
    {
        if (left is null || right is null)
        {
            return false;
        }

        var c = Compare(left, right);
        return op switch { "<" => c < 0, "<=" => c <= 0, ">" => c > 0, _ => c >= 0 };
    }

    private static int Compare(object left, object right)
    {
        if (ValueTypes.IsNumber(left) && ValueTypes.IsNumber(right))
        {
            return CompareNumbers(left, right);
        }

        if (left is string ls && right is string rs)
        {
            return string.CompareOrdinal(ls, rs);
        }

        if (ValueTypes.TryToDate(left, out var ld) && ValueTypes.TryToDate(right, out var rd)
            && (left is DateTimeOffset or DateTime || right is DateTimeOffset or DateTime))
        {
            return ld.CompareTo(rd);
        }

        throw new ExpressionException($"cannot compare {ValueTypes.Describe(left)} with {ValueTypes.Describe(right)}");
    }

    private static int CompareNumbers(object left, object right)
    {
        if (ValueTypes.IsFloating(left) || ValueTypes.IsFloating(right))
        {
            return ValueTypes.ToDouble(left).CompareTo(ValueTypes.ToDouble(right));
        }

        if (left is long ll && right is long rl)
        {
            return ll.CompareTo(rl);
        }

        return ValueTypes.ToDecimal(left).CompareTo(ValueTypes.ToDecimal(right));
    }
}
