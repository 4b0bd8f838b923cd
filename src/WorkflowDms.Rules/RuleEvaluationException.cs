namespace WorkflowDms.Rules;

/// <summary>
/// One or more rules could not be evaluated against the input. Thrown by <see cref="RulesEngineEvaluator.Evaluate"/>
/// because a policy with an unevaluated rule must not decide: a reject rule that threw on a null member would
/// otherwise let the case auto-pass.
/// </summary>
public sealed class RuleEvaluationException : Exception
{
    /// <summary>Creates the exception from an incomplete evaluation.</summary>
    public RuleEvaluationException(DetailedRuleEvaluation result)
        : base($"Rule set '{result.Evaluation.RuleSet}': {result.Errors.Count} rule(s) could not be evaluated: "
               + string.Join("; ", result.Errors))
    {
        Result = result;
    }

    /// <summary>What was evaluated, including the rules that fired and the ones that failed.</summary>
    public DetailedRuleEvaluation Result { get; }

    /// <summary>The rules that failed, with their errors.</summary>
    public IReadOnlyList<RuleEvaluationError> Errors => Result.Errors;
}
