using System.Collections;

namespace WorkflowDms.Engine.Expressions.Syntax;

/// <summary>
/// Methods on values: <c>contains</c>/<c>size</c> on lists, strings and maps, and Camunda's date arithmetic
/// (<c>dateTime().plusWeeks(1).toDate()</c>) on date-times.
/// </summary>
internal sealed class MethodNode(ExprNode target, string name, ExprNode[] arguments) : ExprNode
{
    public static readonly string[] Names =
    [
        "contains", "Contains", "size", "count", "isEmpty", "toDate",
        "plusMinutes", "plusHours", "plusDays", "plusWeeks", "plusMonths", "plusYears",
        "minusMinutes", "minusHours", "minusDays", "minusWeeks", "minusMonths", "minusYears",
    ];

    public override object? Evaluate(in EvaluationContext context)
    {
        var value = target.Evaluate(context);
        var args = new object?[arguments.Length];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = arguments[i].Evaluate(context);
        }

        return value switch
        {
            null => throw new ExpressionException($"cannot call {name}() on null"),
            DateTimeOffset date => DateMethod(date, args),
            _ => CollectionMethod(value, args),
        };
    }

    private object? CollectionMethod(object value, object?[] args)
    {
        switch (name)
        {
            case "contains" or "Contains":
                Expect(args, 1);
                return value switch
                {
                    string s => s.Contains(ValueTypes.ToText(args[0]), StringComparison.Ordinal),
                    IReadOnlyDictionary<string, object?> map => args[0] is string k && map.ContainsKey(k),
                    IEnumerable items => ContainsItem(items, args[0]),
                    _ => throw NotFor(value),
                };
            case "size" or "count":
                Expect(args, 0);
                return value switch
                {
                    string s => (long)s.Length,
                    ICollection c => (long)c.Count,
                    _ => throw NotFor(value),
                };
            case "isEmpty":
                Expect(args, 0);
                return ValueTypes.IsEmpty(value);
            default:
                throw NotFor(value);
        }
    }

    private object DateMethod(DateTimeOffset date, object?[] args)
    {
        if (name == "toDate")
        {
            Expect(args, 0);
            return date;
        }

        Expect(args, 1);
        if (!ValueTypes.TryToLong(args[0], out var n) || n is > 100_000 or < -100_000)
        {
            throw new ExpressionException($"{name}() needs a whole number");
        }

        var sign = name.StartsWith("minus", StringComparison.Ordinal) ? -1 : 1;
        var amount = (int)n * sign;
        return name[(sign > 0 ? 4 : 5)..] switch
        {
            "Minutes" => date.AddMinutes(amount),
            "Hours" => date.AddHours(amount),
            "Days" => date.AddDays(amount),
            "Weeks" => date.AddDays(7 * amount),
            "Months" => date.AddMonths(amount),
            "Years" => date.AddYears(amount),
            _ => throw NotFor(date),
        };
    }

    private static bool ContainsItem(IEnumerable items, object? item)
    {
        foreach (var candidate in items)
        {
            if (Comparison.AreEqual(candidate, item))
            {
                return true;
            }
        }

        return false;
    }

    private void Expect(object?[] args, int count)
    {
        if (args.Length != count)
        {
            throw new ExpressionException($"{name}() takes {count} argument(s), not {args.Length}");
        }
    }

    private ExpressionException NotFor(object value) =>
        new($"a {ValueTypes.Describe(value)} has no method {name}()");
}
