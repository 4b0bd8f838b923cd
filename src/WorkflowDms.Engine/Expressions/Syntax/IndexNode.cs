using System.Collections;

namespace WorkflowDms.Engine.Expressions.Syntax;

/// <summary><c>a['k']</c> on maps (missing key is null) and <c>a[0]</c> on lists (out of range is an error).</summary>
internal sealed class IndexNode(ExprNode target, ExprNode index) : ExprNode
{
    public override object? Evaluate(in EvaluationContext context)
    {
        var value = target.Evaluate(context);
        var key = index.Evaluate(context);
        if (key is string name && value is not string)
        {
            return MemberNode.Access(value, name);
        }

        if (!ValueTypes.TryToLong(key, out var i))
        {
            throw new ExpressionException($"index must be a string or an integer, not a {ValueTypes.Describe(key)}");
        }

        return value switch
        {
            IList list when i >= 0 && i < list.Count => list[(int)i],
            string s when i >= 0 && i < s.Length => s[(int)i].ToString(),
            IList or string => throw new ExpressionException($"index {i} is out of range"),
            _ => throw new ExpressionException($"a {ValueTypes.Describe(value)} cannot be indexed"),
        };
    }
}
