using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Execution;
using WorkflowDms.Engine.Execution.Effects;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Engine.Behaviors;

/// <summary>
/// Evaluates the rule set named by <c>camunda:decisionRef</c> with the visible variables plus <c>businessKey</c>.
/// The result variable gets, by <c>camunda:mapDecisionResult</c>: <c>collectEntries</c>/<c>resultList</c> → the
/// list of rule outputs; <c>singleEntry</c>/<c>singleResult</c> → the first output or null; absent → the decisive
/// outcome's name (e.g. <c>send-back</c>). The whole evaluation goes out as an effect for storage and audit.
/// </summary>
internal sealed class BusinessRuleTaskBehavior : IFlowNodeBehavior
{
    public static readonly BusinessRuleTaskBehavior Instance = new();

    public void Execute(ExecutionRun run, ScopeState scope, FlowNode node, SequenceFlow? via)
    {
        var task = (BusinessRuleTaskNode)node;
        var input = run.VisibleVariables(scope, null);
        input["businessKey"] = run.State.BusinessKey;
        RuleEvaluation evaluation;
        try
        {
            evaluation = run.Services.Rules.Evaluate(task.DecisionRef!, input);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new WorkflowExecutionException(node.Id, $"rule set '{task.DecisionRef}' could not be evaluated: {ex.Message}", ex);
        }

        if (task.ResultVariable is { Length: > 0 } variable)
        {
            run.SetVariable(scope, null, variable, VariableValues.Normalize(Result(task.MapDecisionResult, evaluation)));
        }

        run.Emit(new RuleSetEvaluated(node.Id, evaluation, task.ResultVariable));
        run.Leave(scope, node);
    }

    private static object? Result(string? mapping, RuleEvaluation evaluation) => mapping switch
    {
        "collectEntries" or "resultList" => evaluation.Outputs,
        "singleEntry" or "singleResult" => evaluation.Outputs.Count > 0 ? evaluation.Outputs[0] : null,
        _ => evaluation.Decision.ToName(),
    };
}
