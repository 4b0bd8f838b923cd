using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Execution;

namespace WorkflowDms.Engine.Behaviors;

/// <summary>A start event just leaves: its trigger (message, timer) already happened when the scope started.</summary>
internal sealed class StartEventBehavior : IFlowNodeBehavior
{
    public static readonly StartEventBehavior Instance = new();

    public void Execute(ExecutionRun run, ScopeState scope, FlowNode node, SequenceFlow? via) => run.Leave(scope, node);
}
