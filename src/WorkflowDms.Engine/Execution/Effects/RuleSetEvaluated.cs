using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Engine.Execution.Effects;

/// <summary>A business-rule task evaluated a rule set; store the evaluation with the case and audit it.</summary>
/// <param name="ElementId">The business-rule task.</param>
/// <param name="Evaluation">Every rule that fired, outcomes and reason codes.</param>
/// <param name="ResultVariable">The variable that received the result, if any.</param>
public sealed record RuleSetEvaluated(string ElementId, RuleEvaluation Evaluation, string? ResultVariable) : WorkflowEffect(ElementId);
