using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Execution;

namespace WorkflowDms.Engine.Behaviors;

/// <summary>
/// What an element does when a token enters it (Camunda's ActivityBehavior). Behaviors are stateless singletons,
/// bound to nodes at deployment; all instance data lives in the run's state.
/// </summary>
internal interface IFlowNodeBehavior
{
    void Execute(ExecutionRun run, ScopeState scope, FlowNode node, SequenceFlow? via);
}
