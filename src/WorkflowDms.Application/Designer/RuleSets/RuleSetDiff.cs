using System.Text.Json;

namespace WorkflowDms.Application.Designer.RuleSets;

/// <summary>Rule-by-rule comparison of two rule tables, matching rules by name (ignoring case, as names are unique so).</summary>
internal static class RuleSetDiff
{
    public static RuleSetDiffView Compare(string from, string to, IReadOnlyList<RuleRow> left, IReadOnlyList<RuleRow> right)
    {
        var before = left.Where(r => r.Name is not null).GroupBy(r => r.Name!, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var after = right.Where(r => r.Name is not null).GroupBy(r => r.Name!, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var added = right.Where(r => r.Name is not null && !before.ContainsKey(r.Name)).ToList();
        var removed = left.Where(r => r.Name is not null && !after.ContainsKey(r.Name)).ToList();
        var changed = new List<ChangedRuleView>();
        foreach (var rule in right.Where(r => r.Name is not null && before.ContainsKey(r.Name)))
        {
            var changes = Changes(before[rule.Name!], rule).ToList();
            if (changes.Count > 0)
            {
                changed.Add(new ChangedRuleView(rule.Name!, changes));
            }
        }

        return new RuleSetDiffView(from, to, added, removed, changed);
    }

    private static IEnumerable<RuleFieldChangeView> Changes(RuleRow a, RuleRow b)
    {
        (string Field, string? From, string? To)[] fields =
        [
            ("name", a.Name, b.Name),
            ("expression", a.Expression, b.Expression),
            ("outcome", a.Outcome, b.Outcome),
            ("reasonCode", a.ReasonCode, b.ReasonCode),
            ("source", a.Source, b.Source),
            ("message", a.Message, b.Message),
            ("enabled", Flag(a.Enabled), Flag(b.Enabled)),
            ("output", Raw(a.Output), Raw(b.Output)),
        ];
        return fields.Where(f => !string.Equals(f.From, f.To, StringComparison.Ordinal)).Select(f => new RuleFieldChangeView(f.Field, f.From, f.To));
    }

    private static string Flag(bool? enabled) => enabled == false ? "false" : "true";

    private static string? Raw(JsonElement? value) => value is { ValueKind: not JsonValueKind.Null } v ? v.GetRawText() : null;
}
