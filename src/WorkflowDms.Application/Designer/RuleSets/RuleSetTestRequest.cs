using System.Text.Json;

namespace WorkflowDms.Application.Designer.RuleSets;

/// <summary>Body of POST /designer/rule-sets/{name}/test.</summary>
/// <param name="Facts">An object of input name → value, e.g. a sample's facts.</param>
/// <param name="Source"><c>"draft"</c>, <c>"latest"</c> (the default) or a version number.</param>
public sealed record RuleSetTestRequest(JsonElement? Facts, JsonElement? Source);
