using WorkflowDms.Engine.Definitions;

namespace WorkflowDms.Engine.Execution;

/// <summary>A token about to enter a node.</summary>
internal readonly record struct AgendaItem(ScopeState Scope, FlowNode Node, SequenceFlow? Via);
