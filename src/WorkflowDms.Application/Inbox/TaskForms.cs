using WorkflowDms.Application.Common;

namespace WorkflowDms.Application.Inbox;

/// <summary>
/// Checks a decision against the task's form and turns it into the variables handed to the workflow. A task
/// without a registered form accepts any non-empty decision into <c>decision</c>.
/// </summary>
public sealed class TaskForms(IEnumerable<ITaskForm> forms)
{
    private readonly Dictionary<string, ITaskForm> byKey = forms.ToDictionary(f => f.FormKey, StringComparer.Ordinal);

    public IReadOnlyList<string> AllowedDecisions(string? formKey) =>
        formKey is not null && byKey.TryGetValue(formKey, out var form) ? form.Decisions : [];

    public Dictionary<string, object?> ToVariables(string? formKey, TaskDecision decision)
    {
        var value = decision.Decision?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            throw new RequestBodyException(400, "Invalid decision", "decision is required.", "decision");
        }

        var form = formKey is null ? null : byKey.GetValueOrDefault(formKey);
        if (form is not null && !form.Decisions.Contains(value))
        {
            throw new RequestBodyException(400, "Invalid decision", $"Unknown decision '{value}'; expected one of: {string.Join(", ", form.Decisions)}.", "decision");
        }

        if ((form?.RequiresReason(value) ?? value is "reject" or "send-back") && string.IsNullOrWhiteSpace(decision.ReasonCode))
        {
            throw new RequestBodyException(400, "Invalid decision", $"A '{value}' decision needs a reasonCode.", "reasonCode");
        }

        if (decision.ReasonCode is { Length: > 20 } || decision.Comment is { Length: > 2000 })
        {
            throw new RequestBodyException(400, "Invalid decision", "reasonCode has at most 20 characters and comment at most 2000.", decision.ReasonCode is { Length: > 20 } ? "reasonCode" : "comment");
        }

        return new Dictionary<string, object?>(form?.FieldVariables(value, decision) ?? NoFields(decision))
        {
            ["reasonCode"] = decision.ReasonCode?.Trim(),
            ["comment"] = decision.Comment,
            [form?.DecisionVariable ?? "decision"] = value,
        };
    }

    /// <summary>The fields of a decision whose form reads none: present, they are a 400 naming the field.</summary>
    public static IReadOnlyDictionary<string, object?> NoFields(TaskDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var field = decision.ApprovedAmount is not null ? "approvedAmount" : decision.ValidUntil is not null ? "validUntil" : null;
        return field is null
            ? new Dictionary<string, object?>()
            : throw new RequestBodyException(400, "Invalid decision", $"This task's form takes no {field}.", field);
    }
}
