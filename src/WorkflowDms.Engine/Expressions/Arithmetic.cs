namespace WorkflowDms.Engine.Expressions;

/// <summary>
/// Binary arithmetic with C# semantics (the rules use C# via System.Linq.Dynamic.Core, so <c>7 / 2</c> is 3 in both):
/// double wins over decimal, decimal over long; long overflow widens to decimal instead of wrapping.
/// </summary>
internal static class Arithmetic
{
    public static object? Apply(char op, object? left, object? right)
    {
        if (op == '+' && (left is string || right is string))
        {
            return ValueTypes.ToText(left) + ValueTypes.ToText(right);
        }

        if (!ValueTypes.IsNumber(left) || !ValueTypes.IsNumber(right))
        {
            throw new ExpressionException(
                $"operator {op} cannot be applied to {ValueTypes.Describe(left)} and {ValueTypes.Describe(right)}");
        }

        if (ValueTypes.IsFloating(left) || ValueTypes.IsFloating(right))
        {
            var a = ValueTypes.ToDouble(left!);
            var b = ValueTypes.ToDouble(right!);
            return op switch { '+' => a + b, '-' => a - b, '*' => a * b, '/' => a / b, _ => a % b };
        }

        if (left is long or int && right is long or int)
        {
            var a = Convert.ToInt64(left, System.Globalization.CultureInfo.InvariantCulture);
            var b = Convert.ToInt64(right, System.Globalization.CultureInfo.InvariantCulture);
            if (op is '/' or '%' && b == 0)
            {
                throw new ExpressionException("division by zero");
            }

            try
            {
                return op switch
                {
                    '+' => checked(a + b),
                    '-' => checked(a - b),
                    '*' => checked(a * b),
                    '/' => a / b,
                    _ => a % b,
                };
            }
            catch (OverflowException)
            {
                return Decimal(op, a, b);
            }
        }

        return Decimal(op, ValueTypes.ToDecimal(left!), ValueTypes.ToDecimal(right!));
    }

    public static object Negate(object? value) => value switch
    {
        long l when l != long.MinValue => -l,
        long l => -(decimal)l,
        int i => -(long)i,
        decimal m => -m,
        double d => -d,
        float f => -(double)f,
        _ => throw new ExpressionException($"unary - cannot be applied to {ValueTypes.Describe(value)}"),
    };

    private static decimal Decimal(char op, decimal a, decimal b)
    {
        if (op is '/' or '%' && b == 0)
        {
            throw new ExpressionException("division by zero");
        }

        try
        {
            return op switch { '+' => a + b, '-' => a - b, '*' => a * b, '/' => a / b, _ => a % b };
        }
        catch (OverflowException)
        {
            throw new ExpressionException($"arithmetic overflow in {op}");
        }
    }
}
