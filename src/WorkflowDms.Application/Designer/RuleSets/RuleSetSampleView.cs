using System.Text.Json;

namespace WorkflowDms.Application.Designer.RuleSets;

/// <summary>A shipped sample case (rules/samples/&lt;rule-set&gt;/&lt;name&gt;.json): facts ready for the test bench.</summary>
public sealed record RuleSetSampleView(string Name, string? Description, JsonElement Facts);
