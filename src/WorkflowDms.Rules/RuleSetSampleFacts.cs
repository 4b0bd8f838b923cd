namespace WorkflowDms.Rules;

/// <summary>A sample case for the test bench, from <c>rules/samples/&lt;rule-set&gt;/&lt;name&gt;.json</c>.</summary>
/// <param name="Name">The sample's file name without extension.</param>
/// <param name="Description">What the sample shows, if it says.</param>
/// <param name="FactsJson">Its <c>input</c> object, as JSON text: the test bench's facts.</param>
public sealed record RuleSetSampleFacts(string Name, string? Description, string FactsJson);
