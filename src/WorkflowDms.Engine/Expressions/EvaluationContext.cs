namespace WorkflowDms.Engine.Expressions;

/// <summary>Variables and the engine's notion of now for one evaluation; time never comes from the clock.</summary>
internal readonly record struct EvaluationContext(IVariableSource Variables, DateTimeOffset Now);
