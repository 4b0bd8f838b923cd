using System.Collections;

namespace WorkflowDms.Engine.Expressions.Syntax;

/// <summary>
/// <c>a.b</c> on a map: a missing key is null (JSON payloads have optional fields). On a list or string,
/// <c>Count</c>/<c>Length</c>/<c>size</c> give the size, so rule-style <c>lines.Count</c> works too.
/// </summary>
internal sealed class MemberNode(ExprNode target, string member) : ExprNode
{
    public override object? Evaluate(in EvaluationContext context)
    {
        var value = target.Evaluate(context);
        return Access(value, member);
    }

    public static object? Access(object? value, string member) => value switch
    {
        null => throw new ExpressionException($"cannot read '{member}' of null"),
        IReadOnlyDictionary<string, object?> map => map.TryGetValue(member, out var v) ? v : null,
        IDictionary map => map.Contains(member) ? map[member] : null,
        string s when IsSize(member) => (long)s.Length,
        ICollection c when IsSize(member) => (long)c.Count,
        _ => throw new ExpressionException($"a {ValueTypes.Describe(value)} has no member '{member}'"),
    };

    private static bool IsSize(string member) => member is "Count" or "Length" or "length" or "size";
}
