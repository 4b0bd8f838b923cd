using RulesEngine.Models;

namespace WorkflowDms.Rules.Loading;

/// <summary>Shape checks shared by GlobalParams and LocalParams.</summary>
internal static class ScopedParamChecks
{
    public static void Check(ScopedParam? param, string? ruleName, string what, List<RuleSetProblem> problems)
    {
        if (param is null || string.IsNullOrWhiteSpace(param.Name) || !RuleSetConventions.Identifier().IsMatch(param.Name))
        {
            problems.Add(new(ruleName, $"a {what} has no valid Name"));
            return;
        }

        if (string.IsNullOrWhiteSpace(param.Expression))
        {
            problems.Add(new(ruleName, $"{what} '{param.Name}' has no Expression"));
            return;
        }

        if (RuleSetLimits.CheckExpression(param.Expression) is { } tooComplex)
        {
            problems.Add(new(ruleName, $"{what} '{param.Name}': {tooComplex}"));
        }
    }
}
