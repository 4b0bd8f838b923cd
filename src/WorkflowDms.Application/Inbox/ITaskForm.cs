namespace WorkflowDms.Application.Inbox;

/// <summary>
/// A task form (<c>camunda:formKey</c>): which decisions it offers, which of them need a reason code, and the
/// process variable the decision is handed to the workflow in. Each business area registers its own forms.
/// </summary>
public interface ITaskForm
{
    string FormKey { get; }

    IReadOnlyList<string> Decisions { get; }

    /// <summary>The variable the decision goes into, e.g. <c>decision</c> or <c>inspection</c>.</summary>
    string DecisionVariable => "decision";

    /// <summary>Decisions that must carry a reason code (rejections, send-backs).</summary>
    bool RequiresReason(string decision) => decision is "reject" or "send-back";

    /// <summary>
    /// Process variables from the decision's optional fields (<see cref="TaskDecision.ApprovedAmount"/>,
    /// <see cref="TaskDecision.ValidUntil"/>), checked against <paramref name="decision"/>. A form that reads none
    /// refuses them, so a field sent to the wrong task is a 400 naming it rather than silently dropped.
    /// </summary>
    IReadOnlyDictionary<string, object?> FieldVariables(string decision, TaskDecision body) => TaskForms.NoFields(body);
}
