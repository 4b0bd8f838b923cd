using System.Text;

namespace WorkflowDms.Engine.Expressions;

/// <summary>
/// An attribute value that is a literal, one <c>${...}</c> expression (whose value keeps its type, e.g. a list
/// of candidate groups), or literal text mixed with expressions (evaluated to a string).
/// </summary>
internal sealed class Template
{
    private readonly object[] _parts;

    private Template(string text, object[] parts)
    {
        Text = text;
        _parts = parts;
    }

    public string Text { get; }

    public bool IsLiteral => _parts.Length == 1 && _parts[0] is string;

    /// <exception cref="ExpressionException">An embedded expression is invalid.</exception>
    public static Template Parse(string text)
    {
        if (CompiledExpression.IsExpression(text))
        {
            return new Template(text, [CompiledExpression.Compile(text)]);
        }

        var parts = new List<object>();
        var i = 0;
        while (i < text.Length)
        {
            var start = IndexOfOpen(text, i);
            if (start < 0)
            {
                parts.Add(text[i..]);
                break;
            }

            if (start > i)
            {
                parts.Add(text[i..start]);
            }

            var end = text.IndexOf('}', start);
            if (end < 0)
            {
                throw new ExpressionException("an expression opened with ${ is not closed with }");
            }

            parts.Add(CompiledExpression.CompileBody(text[start..(end + 1)], text[(start + 2)..end]));
            i = end + 1;
        }

        return new Template(text, parts.Count == 0 ? [string.Empty] : [.. parts]);
    }

    public object? Evaluate(in EvaluationContext context)
    {
        if (_parts.Length == 1)
        {
            return _parts[0] is CompiledExpression e ? e.Evaluate(context) : _parts[0];
        }

        var sb = new StringBuilder();
        foreach (var part in _parts)
        {
            sb.Append(part is CompiledExpression e ? ValueTypes.ToText(e.Evaluate(context)) : (string)part);
        }

        return sb.ToString();
    }

    private static int IndexOfOpen(string text, int from)
    {
        var dollar = text.IndexOf("${", from, StringComparison.Ordinal);
        var hash = text.IndexOf("#{", from, StringComparison.Ordinal);
        return dollar < 0 ? hash : hash < 0 ? dollar : Math.Min(dollar, hash);
    }
}
