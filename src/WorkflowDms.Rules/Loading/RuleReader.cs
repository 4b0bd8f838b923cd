using System.Text.Json;
using RulesEngine.Models;

namespace WorkflowDms.Rules.Loading;

/// <summary>Reads one element of <c>Rules</c>: RulesEngine's <see cref="Rule"/> plus our declared outcome metadata.</summary>
internal static class RuleReader
{
    public static (Rule Rule, RuleDescriptor Descriptor)? Read(
        JsonElement element, int index, JsonSerializerOptions options, List<RuleSetProblem> problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new(null, $"rule #{index} is {RuleSetReader.Describe(element)}, not an object"));
            return null;
        }

        var name = element.TryGetProperty("RuleName", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add(new(null, $"rule #{index} has no RuleName"));
            return null;
        }

        var before = problems.Count;
        RuleSetReader.CheckMembers(element, RuleSetConventions.RuleMembers, RuleSetConventions.RefusedRuleMembers, name, "rule", problems);
        var expression = RequiredString(element, "Expression", name, problems);
        var message = RequiredString(element, "SuccessEvent", name, problems);
        if (expression is not null && RuleSetLimits.CheckExpression(expression) is { } tooComplex)
        {
            problems.Add(new(name, tooComplex));
        }

        var properties = PropertiesReader.Read(element, name, problems);
        var rule = Deserialize(element, name, options, problems);
        foreach (var local in rule?.LocalParams ?? [])
        {
            ScopedParamChecks.Check(local, name, "LocalParam", problems);
        }

        if (problems.Count > before || rule is null || properties is null || expression is null || message is null)
        {
            return null;
        }

        var (outcome, reasonCode, source, output) = properties.Value;
        return (rule, new RuleDescriptor(name, outcome, reasonCode, source, message, output, expression)
        {
            Enabled = rule.Enabled,
        });
    }

    private static string? RequiredString(JsonElement element, string member, string ruleName, List<RuleSetProblem> problems)
    {
        if (element.TryGetProperty(member, out var value) && value.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(value.GetString()))
        {
            return value.GetString();
        }

        problems.Add(new(ruleName, $"{member} is missing or empty"));
        return null;
    }

    private static Rule? Deserialize(JsonElement element, string name, JsonSerializerOptions options, List<RuleSetProblem> problems)
    {
        try
        {
            var rule = element.Deserialize<Rule>(options);
            if (rule is not null && rule.RuleExpressionType != RuleExpressionType.LambdaExpression)
            {
                problems.Add(new(name, "RuleExpressionType must be LambdaExpression"));
            }

            return rule;
        }
        catch (JsonException ex)
        {
            problems.Add(new(name, $"cannot be read as a RulesEngine rule: {ex.Message}"));
            return null;
        }
    }
}
