using WorkflowDms.Engine.Expressions;

namespace WorkflowDms.Engine.Definitions;

/// <summary><c>timeDuration</c>, <c>timeDate</c> or <c>timeCycle</c>; the value may be a <c>${...}</c> expression.</summary>
internal sealed record TimerDefinition(TimerKind Kind, Template Value);
