using System.Text.Json;

namespace WorkflowDms.Rules.Loading;

/// <summary>Reads the <c>Inputs</c> member: parameter name → fact-type name, resolved to CLR types.</summary>
internal static class InputsReader
{
    public static IReadOnlyList<KeyValuePair<string, Type>> Read(
        JsonElement root, IFactTypeResolver factTypes, List<RuleSetProblem> problems)
    {
        var inputs = new List<KeyValuePair<string, Type>>();
        if (!root.TryGetProperty("Inputs", out var element) || element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new(null, "Inputs is missing or not an object of parameter name → fact type name"));
            return inputs;
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var input in element.EnumerateObject())
        {
            if (!RuleSetConventions.Identifier().IsMatch(input.Name))
            {
                problems.Add(new(null, $"input name '{input.Name}' is not an identifier"));
                continue;
            }

            // Expressions are case-insensitive (RulesEngine's default), so 'claim' and 'Claim' would be ambiguous.
            if (!names.Add(input.Name))
            {
                problems.Add(new(null, $"input '{input.Name}' is declared twice"));
                continue;
            }

            var typeName = input.Value.ValueKind == JsonValueKind.String ? input.Value.GetString() : null;
            if (string.IsNullOrWhiteSpace(typeName))
            {
                problems.Add(new(null, $"input '{input.Name}': the fact type must be a type name string"));
                continue;
            }

            if (!BuiltInFactTypes.TryResolve(typeName, out var type) && !factTypes.TryResolve(typeName, out type!))
            {
                problems.Add(new(null, $"input '{input.Name}': unknown fact type '{typeName}'"));
                continue;
            }

            inputs.Add(new(input.Name, type));
        }

        if (inputs.Count == 0 && names.Count == 0)
        {
            problems.Add(new(null, "Inputs declares no parameter"));
        }

        return inputs;
    }
}
