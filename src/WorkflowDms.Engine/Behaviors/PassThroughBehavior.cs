using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Execution;

namespace WorkflowDms.Engine.Behaviors;

/// <summary>Manual tasks and plain tasks: nothing for the engine to do (a manual task happens outside any system).</summary>
internal sealed class PassThroughBehavior : IFlowNodeBehavior
{
    public static readonly PassThroughBehavior Instance = new();

    public void Execute(ExecutionRun run, ScopeState scope, FlowNode node, SequenceFlow? via) => run.Leave(scope, node);
}
