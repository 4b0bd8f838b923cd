namespace WorkflowDms.Rules.Loading;

/// <summary>
/// Bounds on what a rule-set file may contain. The expression parser (System.Linq.Dynamic.Core) and the expression
/// compiler recurse once per nesting level, and a stack overflow cannot be caught, so hostile nesting is refused
/// before it reaches them.
/// </summary>
internal static class RuleSetLimits
{
    /// <summary>Largest rule-set file read, in bytes (a 50-rule set is about 30 KB).</summary>
    public const int MaxFileBytes = 2 * 1024 * 1024;

    /// <summary>Deepest JSON nesting accepted (a rule set needs 4).</summary>
    public const int MaxJsonDepth = 16;

    /// <summary>Longest expression accepted, in characters.</summary>
    public const int MaxExpressionLength = 2_000;

    /// <summary>Deepest bracket nesting accepted in an expression.</summary>
    public const int MaxExpressionNesting = 16;

    /// <summary>Longest run of prefix operators (<c>!</c>, <c>-</c>) accepted; each one is a parser recursion.</summary>
    public const int MaxPrefixOperatorRun = 8;

    /// <summary>Why <paramref name="expression"/> is refused before parsing, or null when it is within bounds.</summary>
    public static string? CheckExpression(string expression)
    {
        if (expression.Length > MaxExpressionLength)
        {
            return $"expression is {expression.Length} characters long; at most {MaxExpressionLength} are allowed";
        }

        int depth = 0, prefixRun = 0;
        foreach (var c in expression)
        {
            if (c is '(' or '[' or '{')
            {
                if (++depth > MaxExpressionNesting)
                {
                    return $"expression nests brackets deeper than {MaxExpressionNesting} levels";
                }
            }
            else if (c is ')' or ']' or '}')
            {
                depth--;
            }

            prefixRun = c is '!' or '-' or '~' or '+' ? prefixRun + 1 : char.IsWhiteSpace(c) ? prefixRun : 0;
            if (prefixRun > MaxPrefixOperatorRun)
            {
                return $"expression chains more than {MaxPrefixOperatorRun} operators in a row";
            }
        }

        return null;
    }
}
