using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Rules;

/// <summary>
/// The engine's rule port, backed by Microsoft RulesEngine. Each declared input is passed as a RuleParameter of that
/// name; rules are compiled at start-up, so evaluating with the declared input types compiles nothing.
/// </summary>
/// <param name="catalog">The loaded rule sets.</param>
public sealed class RulesEngineEvaluator(RuleSetCatalog catalog) : IRuleEvaluator
{
    private readonly RuleSetCatalog _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));

    /// <inheritdoc />
    public bool HasRuleSet(string ruleSetName) => _catalog.Contains(ruleSetName);

    /// <summary>
    /// Evaluates every rule of the set and returns all that fired, in rule-set order. Inputs the rule set does not
    /// declare are ignored (no rule can refer to them: expressions are compiled against the declared inputs only);
    /// a declared input that is missing or null is passed as a typed null.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No rule set of that name is loaded.</exception>
    /// <exception cref="RuleEvaluationException">A rule could not be evaluated (e.g. a null member); no decision is returned.</exception>
    public RuleEvaluation Evaluate(string ruleSetName, IReadOnlyDictionary<string, object?> input)
    {
        var result = EvaluateDetailed(ruleSetName, input);
        return result.IsComplete ? result.Evaluation : throw new RuleEvaluationException(result);
    }

    /// <summary>
    /// Like <see cref="Evaluate"/>, but returns the rules that could not be evaluated instead of throwing, for the
    /// designer's test bench and the CLI.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No rule set of that name is loaded.</exception>
    public DetailedRuleEvaluation EvaluateDetailed(string ruleSetName, IReadOnlyDictionary<string, object?> input) =>
        _catalog.Get(ruleSetName).Execute(input);
}
