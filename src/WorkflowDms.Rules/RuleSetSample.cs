using System.Text.Json;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Rules;

/// <summary>
/// A sample input for a rule set with its expected result, read from <c>rules/samples/&lt;rule-set&gt;/&lt;name&gt;.json</c>
/// (format in rules/README.md). Used by the content tests and the designer's test bench.
/// </summary>
/// <param name="Name">The sample's file name without extension.</param>
/// <param name="RuleSet">The rule set it exercises: the name of the folder it is in.</param>
/// <param name="Description">What the sample shows.</param>
/// <param name="ExpectedDecision">The decisive outcome the rule set must produce.</param>
/// <param name="ExpectedFiredRules">When given, exactly the rules that must fire, in rule-set order.</param>
/// <param name="Input">The inputs, each deserialized into its declared fact type.</param>
public sealed record RuleSetSample(
    string Name,
    string RuleSet,
    string? Description,
    RuleOutcome ExpectedDecision,
    IReadOnlyList<string>? ExpectedFiredRules,
    IReadOnlyDictionary<string, object?> Input)
{
    /// <summary>Reads every sample under <paramref name="samplesDirectory"/> (one folder per rule set).</summary>
    /// <exception cref="InvalidDataException">A sample is malformed or names an unknown rule set or input.</exception>
    public static IReadOnlyList<RuleSetSample> LoadAll(string samplesDirectory, RuleSetCatalog catalog) =>
        Directory.GetFiles(samplesDirectory, "*.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => Load(path, catalog))
            .ToList();

    /// <summary>Reads one sample; its rule set is the name of the folder it is in.</summary>
    /// <exception cref="InvalidDataException">The sample is malformed or names an unknown rule set or input.</exception>
    public static RuleSetSample Load(string path, RuleSetCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var ruleSet = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path))) ?? "";
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var root = document.RootElement;
            var expected = Required(root, "expected");
            var decisionName = Required(expected, "decision").GetString();
            if (!RuleOutcomeNames.TryParse(decisionName, out var decision))
            {
                throw new InvalidDataException($"unknown decision '{decisionName}'");
            }

            var fired = expected.TryGetProperty("firedRules", out var list)
                ? list.EnumerateArray().Select(e => e.GetString() ?? "").ToList()
                : null;
            var description = root.TryGetProperty("description", out var d) ? d.GetString() : null;
            return new RuleSetSample(
                Path.GetFileNameWithoutExtension(path), ruleSet, description, decision, fired,
                ReadInput(Required(root, "input"), catalog.GetInputs(ruleSet)));
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or InvalidDataException or NotSupportedException)
        {
            throw new InvalidDataException($"Sample '{path}' for rule set '{ruleSet}' is invalid: {ex.Message}", ex);
        }
    }

    private static JsonElement Required(JsonElement element, string member) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(member, out var value)
            ? value
            : throw new InvalidDataException($"'{member}' is missing");

    private static Dictionary<string, object?> ReadInput(
        JsonElement input, IReadOnlyList<KeyValuePair<string, Type>> declared)
    {
        var types = declared.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var member in input.EnumerateObject())
        {
            if (!types.TryGetValue(member.Name, out var type))
            {
                throw new InvalidDataException($"input '{member.Name}' is not declared by the rule set");
            }

            // Web defaults: camelCase names matched case-insensitively, as the API's JSON is.
            values[member.Name] = member.Value.Deserialize(type, JsonSerializerOptions.Web);
        }

        return values;
    }
}
