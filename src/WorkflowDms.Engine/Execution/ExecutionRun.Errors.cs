using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Execution.Effects;

namespace WorkflowDms.Engine.Execution;

/// <summary>BPMN error propagation: the nearest matching error boundary, from the thrower outwards.</summary>
internal sealed partial class ExecutionRun
{
    /// <summary>
    /// Throws a BPMN error from <paramref name="thrower"/> (an activity whose handler failed, or an error end event).
    /// The activity's own error boundaries come first, then those of each enclosing sub-process, multi-instance
    /// body and call activity. An uncaught error voids the step.
    /// </summary>
    public void ThrowError(ScopeState scope, FlowNode thrower, string? errorCode, string? message)
    {
        if (thrower is ActivityNode && MatchError(thrower, errorCode) is { } own)
        {
            Emit(new ErrorRaised(thrower.Id, errorCode, message));
            Emit(new BoundaryEventTriggered(own.Id, thrower.Id, true));
            Enter(scope, own, null);
            return;
        }

        var current = scope;
        while (current.ParentId is not null)
        {
            var (parent, container, node) = Container(current);
            if (MatchError(node, errorCode) is { } boundary)
            {
                Emit(new ErrorRaised(thrower.Id, errorCode, message));
                CancelToken(container);
                Emit(new BoundaryEventTriggered(boundary.Id, node.Id, true));
                Enter(parent, boundary, null);
                return;
            }

            current = parent;
        }

        throw new WorkflowExecutionException(thrower.Id,
            $"BPMN error '{errorCode}' was not caught by any error boundary event" + (message is null ? string.Empty : $" ({message})"))
        {
            ErrorCode = errorCode,
        };
    }

    private static BoundaryEventNode? MatchError(FlowNode activity, string? errorCode)
    {
        BoundaryEventNode? catchAll = null;
        foreach (var boundary in activity.Boundaries)
        {
            if (boundary.Trigger.Kind != EventKind.Error)
            {
                continue;
            }

            if (boundary.Trigger.ErrorCode is null)
            {
                catchAll ??= boundary;
            }
            else if (string.Equals(boundary.Trigger.ErrorCode, errorCode, StringComparison.Ordinal))
            {
                return boundary;
            }
        }

        return catchAll;
    }
}
