using System.Linq.Expressions;
using RulesEngine.ExpressionBuilders;
using RulesEngine.Models;
using WorkflowDms.Rules.Loading;

namespace WorkflowDms.Rules.Compilation;

/// <summary>
/// Parses every expression of a rule set against the declared input types, with RulesEngine's own parser and the
/// same settings, to name the rule and the error precisely. RulesEngine itself turns a compile error into a rule
/// that silently evaluates to false (EnableExceptionAsErrorMessage), which must never reach production.
/// </summary>
internal static class ExpressionChecker
{
    public static void Check(RuleSetDefinition definition, ReSettings settings, List<RuleSetProblem> problems)
    {
        var parser = new RuleExpressionParser(settings);
        var parameters = definition.Inputs.Select(i => Expression.Parameter(i.Value, i.Key)).ToList();
        var names = new HashSet<string>(parameters.Select(p => p.Name!), StringComparer.OrdinalIgnoreCase);

        foreach (var global in definition.Workflow.GlobalParams ?? [])
        {
            var parsed = TryParse(parser, global.Expression, parameters, null, null, $"GlobalParam '{global.Name}'", problems);
            if (!names.Add(global.Name))
            {
                problems.Add(new(null, $"GlobalParam '{global.Name}' has the name of an input or another GlobalParam"));
            }
            else if (parsed is not null)
            {
                parameters.Add(Expression.Parameter(parsed.Type, global.Name));
            }
        }

        foreach (var rule in definition.Workflow.Rules)
        {
            CheckRule(parser, rule, parameters, names, problems);
        }
    }

    /// <summary>
    /// Why one rule expression does not compile against the rule set's declared inputs and GlobalParams, or null when
    /// it does (the designer's check as the analyst types). The message is the parser's own.
    /// </summary>
    public static string? CheckOne(RuleSetDefinition definition, string expression)
    {
        if (RuleSetLimits.CheckExpression(expression) is { } tooComplex)
        {
            return tooComplex;
        }

        var parser = new RuleExpressionParser(RulesEngineSettings.For(definition));
        var parameters = definition.Inputs.Select(i => Expression.Parameter(i.Value, i.Key)).ToList();
        var problems = new List<RuleSetProblem>();
        foreach (var global in definition.Workflow.GlobalParams ?? [])
        {
            if (TryParse(parser, global.Expression, parameters, null, null, $"GlobalParam '{global.Name}'", problems) is { } parsed)
            {
                parameters.Add(Expression.Parameter(parsed.Type, global.Name));
            }
        }

        try
        {
            parser.Parse(expression, [.. parameters], typeof(bool));
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ex.Message;
        }
    }

    private static void CheckRule(
        RuleExpressionParser parser, Rule rule, List<ParameterExpression> shared, HashSet<string> sharedNames,
        List<RuleSetProblem> problems)
    {
        var parameters = new List<ParameterExpression>(shared);
        var names = new HashSet<string>(sharedNames, StringComparer.OrdinalIgnoreCase);
        foreach (var local in rule.LocalParams ?? [])
        {
            var parsed = TryParse(parser, local.Expression, parameters, null, rule.RuleName, $"LocalParam '{local.Name}'", problems);
            if (!names.Add(local.Name))
            {
                problems.Add(new(rule.RuleName, $"LocalParam '{local.Name}' has the name of an input or another parameter"));
            }
            else if (parsed is not null)
            {
                parameters.Add(Expression.Parameter(parsed.Type, local.Name));
            }
        }

        TryParse(parser, rule.Expression, parameters, typeof(bool), rule.RuleName, "expression", problems);
    }

    private static Expression? TryParse(
        RuleExpressionParser parser, string expression, List<ParameterExpression> parameters, Type? returnType,
        string? ruleName, string what, List<RuleSetProblem> problems)
    {
        try
        {
            return parser.Parse(expression, [.. parameters], returnType);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Dynamic.Core reports unknown members, type mismatches and syntax errors as ParseException, but a
            // hostile expression can also surface InvalidOperationException or ArgumentException from the
            // expression-tree factories; every one of them means "does not compile against the declared inputs".
            problems.Add(new(ruleName, $"{what} does not compile against the declared inputs: {ex.Message}"));
            return null;
        }
    }
}
