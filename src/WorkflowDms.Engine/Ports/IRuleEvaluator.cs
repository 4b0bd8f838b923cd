namespace WorkflowDms.Engine.Ports;

/// <summary>
/// Evaluates a named policy rule set against an input. Implemented outside the engine (WorkflowDms.Rules),
/// so the engine never references a rules library. Rule sets are compiled at start-up; implementations must
/// not compile anything on this path.
/// </summary>
public interface IRuleEvaluator
{
    /// <summary>True when a rule set of that name is loaded; used at deployment to check <c>camunda:decisionRef</c>.</summary>
    bool HasRuleSet(string ruleSetName);

    /// <summary>Evaluates every rule of the set and returns all that fired, with their outcomes and reason codes.</summary>
    /// <exception cref="KeyNotFoundException">No rule set of that name is loaded.</exception>
    RuleEvaluation Evaluate(string ruleSetName, IReadOnlyDictionary<string, object?> input);
}
