using WorkflowDms.Application.Security;

namespace WorkflowDms.Application.Workflows;

/// <summary>
/// Who drives the current command's workflow step. Service-task handlers and the rule evaluator run inline
/// inside the engine and read the actor from here, so the audit trail names the dealer who submitted or the
/// reviewer who decided, not "the engine".
/// </summary>
public sealed class ExecutionScope
{
    public Actor Actor { get; set; } = Actor.System;
}
