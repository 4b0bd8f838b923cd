using System.Text.Json;
using RulesEngine.Models;

namespace WorkflowDms.Rules.Loading;

/// <summary>
/// Reads one rule-set file into a <see cref="RuleSetDefinition"/>, collecting every problem instead of stopping at
/// the first, so the CLI can report them all. Never throws for bad content.
/// </summary>
internal static class RuleSetReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = RuleSetLimits.MaxJsonDepth };

    // RulesEngine reads files with the serializer defaults (case-sensitive names, no comments); so do we, so that
    // what we accept RulesEngine also accepts.
    private static readonly JsonSerializerOptions SerializerOptions = new() { MaxDepth = RuleSetLimits.MaxJsonDepth };

    public static RuleSetDefinition? Read(
        string fileName, string json, IFactTypeResolver factTypes, List<RuleSetProblem> problems)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            // ArgumentException: the text holds a lone surrogate, which cannot be transcoded to UTF-8 for the reader.
            problems.Add(new(null, $"not valid JSON: {ex.Message}"));
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new(null, $"expected one rule-set object at the top level, found {Describe(root)}"));
                return null;
            }

            CheckMembers(root, RuleSetConventions.RuleSetMembers, RuleSetConventions.RefusedRuleSetMembers, null, "rule set", problems);
            var name = ReadName(root, fileName, problems);
            var inputs = InputsReader.Read(root, factTypes, problems);
            var globalParams = ReadGlobalParams(root, problems);
            var rules = ReadRules(root, problems);
            if (problems.Count > 0 || name is null)
            {
                return null;
            }

            var workflow = new Workflow { WorkflowName = name, GlobalParams = globalParams, Rules = rules.Select(r => r.Rule).ToList() };
            return new RuleSetDefinition(name, fileName, inputs, rules.Select(r => r.Descriptor).ToList(), workflow);
        }
    }

    /// <summary>Reports every member not in <paramref name="allowed"/>, explaining the ones refused on purpose.</summary>
    internal static void CheckMembers(
        JsonElement element, HashSet<string> allowed, Dictionary<string, string> refused, string? ruleName, string what,
        List<RuleSetProblem> problems)
    {
        foreach (var member in element.EnumerateObject())
        {
            if (allowed.Contains(member.Name))
            {
                continue;
            }

            problems.Add(new(ruleName, refused.TryGetValue(member.Name, out var reason)
                ? $"'{member.Name}' {reason}"
                : $"unknown {what} member '{member.Name}' (allowed: {string.Join(", ", allowed)})"));
        }
    }

    internal static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static string? ReadName(JsonElement root, string fileName, List<RuleSetProblem> problems)
    {
        if (!root.TryGetProperty("WorkflowName", out var nameElement) || nameElement.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(nameElement.GetString()))
        {
            problems.Add(new(null, "WorkflowName is missing or not a string"));
            return null;
        }

        var name = nameElement.GetString()!;
        if (!RuleSetConventions.KebabCase().IsMatch(name))
        {
            problems.Add(new(null, $"WorkflowName '{name}' is not kebab-case"));
        }

        var expectedFile = name + ".json";
        if (!string.Equals(Path.GetFileName(fileName), expectedFile, StringComparison.Ordinal))
        {
            problems.Add(new(null, $"WorkflowName '{name}' does not match the file name (expected '{expectedFile}')"));
        }

        return name;
    }

    private static List<ScopedParam>? ReadGlobalParams(JsonElement root, List<RuleSetProblem> problems)
    {
        if (!root.TryGetProperty("GlobalParams", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        try
        {
            var scoped = element.Deserialize<List<ScopedParam>>(SerializerOptions) ?? [];
            foreach (var param in scoped)
            {
                ScopedParamChecks.Check(param, null, "GlobalParam", problems);
            }

            return scoped;
        }
        catch (JsonException ex)
        {
            problems.Add(new(null, $"GlobalParams cannot be read: {ex.Message}"));
            return null;
        }
    }

    private static List<(Rule Rule, RuleDescriptor Descriptor)> ReadRules(JsonElement root, List<RuleSetProblem> problems)
    {
        var rules = new List<(Rule, RuleDescriptor)>();
        if (!root.TryGetProperty("Rules", out var rulesElement) || rulesElement.ValueKind != JsonValueKind.Array
            || rulesElement.GetArrayLength() == 0)
        {
            problems.Add(new(null, "Rules is missing, empty or not an array"));
            return rules;
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var index = 0;
        foreach (var element in rulesElement.EnumerateArray())
        {
            index++;
            var rule = RuleReader.Read(element, index, SerializerOptions, problems);
            if (rule is null)
            {
                continue;
            }

            if (!names.Add(rule.Value.Rule.RuleName))
            {
                problems.Add(new(rule.Value.Rule.RuleName, "duplicate rule name (names must be unique, ignoring case)"));
                continue;
            }

            rules.Add(rule.Value);
        }

        return rules;
    }
}
