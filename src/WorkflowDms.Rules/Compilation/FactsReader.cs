using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkflowDms.Rules.Compilation;

/// <summary>
/// Reads a test bench's facts (a JSON object of input name → value) into the declared input types, strictly, so a
/// typo in a field name or a wrong type is reported with the field's path instead of silently evaluating defaults.
/// </summary>
internal static class FactsReader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        MaxDepth = 16,
    };

    /// <exception cref="RuleSetFactsException">The facts are not an object, name an undeclared input, or a value does not fit its type.</exception>
    public static Dictionary<string, object?> Read(JsonElement facts, IReadOnlyList<KeyValuePair<string, Type>> inputs)
    {
        if (facts.ValueKind != JsonValueKind.Object)
        {
            throw new RuleSetFactsException("facts", "facts must be a JSON object of input name → value");
        }

        var types = inputs.ToDictionary(i => i.Key, i => i.Value, StringComparer.OrdinalIgnoreCase);
        var names = inputs.ToDictionary(i => i.Key, i => i.Key, StringComparer.OrdinalIgnoreCase);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var member in facts.EnumerateObject())
        {
            if (!types.TryGetValue(member.Name, out var type))
            {
                throw new RuleSetFactsException(
                    $"facts.{member.Name}", $"'{member.Name}' is not an input of the rule set (inputs: {string.Join(", ", names.Values)})");
            }

            try
            {
                values[names[member.Name]] = member.Value.Deserialize(type, Options);
            }
            catch (JsonException ex)
            {
                var path = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "" : ex.Path.TrimStart('$');
                throw new RuleSetFactsException(
                    $"facts.{member.Name}{path}", $"facts.{member.Name}{path} cannot be read as {type.Name}: {FirstSentence(ex.Message)}");
            }
        }

        return values;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
