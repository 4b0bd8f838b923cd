using WorkflowDms.Engine.Expressions.Syntax;

namespace WorkflowDms.Engine.Expressions;

/// <summary>A <c>${...}</c> expression parsed once into a tree; evaluation never re-parses.</summary>
internal sealed class CompiledExpression
{
    private const int MaxLength = 8192;
    private readonly ExprNode _root;

    private CompiledExpression(string text, ExprNode root)
    {
        Text = text;
        _root = root;
    }

    /// <summary>The source text, including the <c>${</c> and <c>}</c>.</summary>
    public string Text { get; }

    /// <summary>True when the whole text is one <c>${...}</c> (or JUEL's deferred <c>#{...}</c>).</summary>
    public static bool IsExpression(string? text)
    {
        var t = text?.Trim();
        return t is { Length: >= 3 } && (t[0] == '$' || t[0] == '#') && t[1] == '{' && t[^1] == '}'
            && t.IndexOf("${", 2, StringComparison.Ordinal) < 0 && t.IndexOf("#{", 2, StringComparison.Ordinal) < 0;
    }

    /// <summary>Compiles a whole <c>${...}</c> text.</summary>
    /// <exception cref="ExpressionException">The text is not a valid expression.</exception>
    public static CompiledExpression Compile(string text)
    {
        var trimmed = text.Trim();
        if (!IsExpression(trimmed))
        {
            throw new ExpressionException("an expression must be written as ${...}");
        }

        return CompileBody(text, trimmed[2..^1]);
    }

    /// <summary>Compiles the body of an expression (the part between the braces).</summary>
    public static CompiledExpression CompileBody(string text, string body)
    {
        if (body.Length > MaxLength)
        {
            throw new ExpressionException($"the expression is longer than {MaxLength} characters");
        }

        return new CompiledExpression(text, Parser.Parse(body));
    }

    public object? Evaluate(in EvaluationContext context) => _root.Evaluate(context);

    public bool EvaluateCondition(in EvaluationContext context) =>
        ValueTypes.AsBool(_root.Evaluate(context), "the condition");

    public override string ToString() => Text;
}
