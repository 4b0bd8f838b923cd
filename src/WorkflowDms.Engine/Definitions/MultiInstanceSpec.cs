using WorkflowDms.Engine.Expressions;

namespace WorkflowDms.Engine.Definitions;

/// <summary><c>multiInstanceLoopCharacteristics</c> of a user task.</summary>
internal sealed record MultiInstanceSpec(
    bool IsSequential,
    Template? LoopCardinality,
    CompiledExpression? Collection,
    string? ElementVariable,
    CompiledExpression? CompletionCondition);
