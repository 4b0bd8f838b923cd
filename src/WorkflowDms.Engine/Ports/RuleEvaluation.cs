namespace WorkflowDms.Engine.Ports;

/// <summary>The result of evaluating one rule set: every rule that fired, and the decisive outcome.</summary>
/// <param name="RuleSet">The rule set's name.</param>
/// <param name="FiredRules">Every rule whose condition held, in rule-set order.</param>
/// <param name="RulesEvaluated">How many rules were evaluated (fired or not).</param>
public sealed record RuleEvaluation(string RuleSet, IReadOnlyList<FiredRule> FiredRules, int RulesEvaluated)
{
    /// <summary>The version of the rule set that was evaluated; 0 when the evaluator does not version rule sets.</summary>
    public int Version { get; init; }

    /// <summary>The highest-precedence outcome among the fired rules; <see cref="RuleOutcome.AutoPass"/> when none fired.</summary>
    public RuleOutcome Decision => FiredRules.Count == 0 ? RuleOutcome.AutoPass : FiredRules.Max(r => r.Outcome);

    /// <summary>The outputs of the fired rules that produce one, in order (Camunda's <c>collectEntries</c>).</summary>
    public IReadOnlyList<object?> Outputs => FiredRules.Where(r => r.Output is not null).Select(r => r.Output).ToList();
}
