namespace WorkflowDms.Application.Policies;

/// <summary>
/// Supplies a rule set with its case's typed facts (the types the rule set is compiled for at start-up)
/// and stores the evaluation with the case, so approvers and dealers see which rules fired and why.
/// </summary>
public interface IRuleFactsProvider
{
    /// <summary>The rule set this provider serves, e.g. <c>warranty-claim</c>.</summary>
    string RuleSet { get; }

    /// <summary>The inputs for one evaluation of the case; called inside the command's transaction.</summary>
    IReadOnlyDictionary<string, object?> Build(Guid caseId, IReadOnlyDictionary<string, object?> variables);

    /// <summary>Keeps the result with the case (e.g. on the claim), replacing the previous one.</summary>
    void Record(Guid caseId, RuleResultView result);
}
