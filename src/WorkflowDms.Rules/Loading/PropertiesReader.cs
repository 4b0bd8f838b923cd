using System.Text.Json;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Rules.Loading;

/// <summary>Reads a rule's <c>Properties</c>: outcome, reasonCode, source and the optional output.</summary>
internal static class PropertiesReader
{
    public static (RuleOutcome Outcome, string ReasonCode, string Source, object? Output)? Read(
        JsonElement rule, string ruleName, List<RuleSetProblem> problems)
    {
        if (!rule.TryGetProperty("Properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new(ruleName, "Properties is missing or not an object (it carries outcome, reasonCode and source)"));
            return null;
        }

        var before = problems.Count;
        RuleSetReader.CheckMembers(properties, RuleSetConventions.PropertyMembers, RuleSetConventions.RefusedPropertyMembers, ruleName, "Properties", problems);

        var outcomeName = String(properties, "outcome");
        if (!RuleOutcomeNames.TryParse(outcomeName, out var outcome) || outcomeName != outcome.ToName())
        {
            problems.Add(new(ruleName, outcomeName is null
                ? $"outcome is missing (one of: {string.Join(", ", RuleOutcomeNames.All)})"
                : $"unknown outcome '{outcomeName}' (one of: {string.Join(", ", RuleOutcomeNames.All)})"));
        }

        var reasonCode = String(properties, "reasonCode");
        if (reasonCode is null)
        {
            problems.Add(new(ruleName, "reasonCode is missing"));
        }
        else if (!RuleSetConventions.ReasonCode().IsMatch(reasonCode))
        {
            problems.Add(new(ruleName, $"reasonCode '{reasonCode}' is not an X12 1172 style code (1-3 upper-case letters or digits)"));
        }

        var source = String(properties, "source");
        if (source is null || !RuleSetConventions.Source().IsMatch(source))
        {
            problems.Add(new(ruleName, source is null
                ? "source is missing (the domain-reference rule id, e.g. W-12)"
                : $"source '{source}' is not a rule id like W-12"));
        }

        var output = ReadOutput(properties, ruleName, problems);
        return problems.Count > before ? null : (outcome, reasonCode!, source!, output);
    }

    private static string? String(JsonElement properties, string member) =>
        properties.TryGetProperty(member, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static object? ReadOutput(JsonElement properties, string ruleName, List<RuleSetProblem> problems)
    {
        if (!properties.TryGetProperty("output", out var output))
        {
            return null;
        }

        switch (output.ValueKind)
        {
            case JsonValueKind.String:
                return output.GetString();
            case JsonValueKind.True or JsonValueKind.False:
                return output.GetBoolean();
            case JsonValueKind.Number when output.TryGetDecimal(out var number):
                return number;
            case JsonValueKind.Number:
                problems.Add(new(ruleName, "output is a number out of the decimal range"));
                return null;
            case JsonValueKind.Null:
                return null;
            default:
                problems.Add(new(ruleName, $"output must be a string, number or boolean, not {RuleSetReader.Describe(output)}"));
                return null;
        }
    }
}
