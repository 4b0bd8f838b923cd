namespace WorkflowDms.Engine.Definitions;

internal sealed class BusinessRuleTaskNode(string id, string? name) : ActivityNode(id, name, "businessRuleTask")
{
    /// <summary>The rule set to evaluate (<c>camunda:decisionRef</c>).</summary>
    public string? DecisionRef { get; init; }

    public string? ResultVariable { get; init; }

    /// <summary><c>collectEntries</c>, <c>singleEntry</c>, <c>singleResult</c> or null (decisive outcome name).</summary>
    public string? MapDecisionResult { get; init; }
}
