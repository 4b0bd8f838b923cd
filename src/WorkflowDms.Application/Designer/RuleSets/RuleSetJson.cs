using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowDms.Application.Designer.RuleSets;

/// <summary>
/// Between a rule set's stored JSON (RulesEngine format, rules/README.md) and the designer's rule table. A saved
/// table replaces the <c>Rules</c> of its base and keeps everything the table does not show: the inputs, the
/// description, GlobalParams, and per rule (matched by name) LocalParams, ErrorMessage and the output.
/// </summary>
internal static class RuleSetJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static IReadOnlyList<RuleSetInputView> Inputs(string json) =>
        Parse(json)?["Inputs"] is JsonObject inputs
            ? inputs.Select(i => new RuleSetInputView(i.Key, i.Value is JsonValue v && v.TryGetValue<string>(out var t) ? t : "")).ToList()
            : [];

    public static IReadOnlyList<RuleRow> Rows(string json) =>
        Parse(json)?["Rules"] is JsonArray rules ? rules.OfType<JsonObject>().Select(Row).ToList() : [];

    public static int RuleCount(string json) => Parse(json)?["Rules"] is JsonArray rules ? rules.Count : 0;

    /// <summary>The base rule set with its rules replaced by <paramref name="rows"/>, indented as the shipped files are.</summary>
    public static string Compose(string baseJson, IReadOnlyList<RuleRow> rows)
    {
        var root = Parse(baseJson) ?? [];
        var existing = new Dictionary<string, JsonObject>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in (root["Rules"] as JsonArray)?.OfType<JsonObject>() ?? [])
        {
            if (rule["RuleName"]?.GetValueKind() == JsonValueKind.String)
            {
                existing.TryAdd(rule["RuleName"]!.GetValue<string>(), rule);
            }
        }

        var rules = new JsonArray();
        foreach (var row in rows)
        {
            var rule = row.Name is not null && existing.TryGetValue(row.Name, out var known) ? (JsonObject)known.DeepClone() : [];
            rule["RuleName"] = row.Name;
            rule["Expression"] = row.Expression;
            rule["SuccessEvent"] = row.Message;
            var properties = rule["Properties"] as JsonObject ?? [];
            properties["outcome"] = row.Outcome;
            properties["reasonCode"] = row.ReasonCode;
            properties["source"] = row.Source;
            if (row.Output is { ValueKind: not JsonValueKind.Null } output)
            {
                properties["output"] = JsonNode.Parse(output.GetRawText());
            }

            rule["Properties"] = properties;
            if (row.Enabled == false)
            {
                rule["Enabled"] = false;
            }
            else
            {
                rule.Remove("Enabled");
            }

            rules.Add(rule);
        }

        root["Rules"] = rules;
        return root.ToJsonString(Indented);
    }

    private static RuleRow Row(JsonObject rule)
    {
        var properties = rule["Properties"] as JsonObject;
        JsonElement? output = properties?["output"] is { } o ? JsonSerializer.SerializeToElement(o) : null;
        return new RuleRow(
            Text(rule["RuleName"]),
            Text(rule["Expression"]),
            Text(properties?["outcome"]),
            Text(properties?["reasonCode"]),
            Text(properties?["source"]),
            Text(rule["SuccessEvent"]),
            rule["Enabled"] is not JsonValue enabled || !enabled.TryGetValue<bool>(out var on) || on,
            output);
    }

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static JsonObject? Parse(string json)
    {
        try
        {
            return JsonNode.Parse(json) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
