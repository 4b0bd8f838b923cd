using WorkflowDms.Application.Common;

namespace WorkflowDms.Application.Inbox;

/// <summary>
/// What a decision on a task's form may be, and which process variables it sets. The form key comes from
/// the BPMN user task (<c>camunda:formKey</c>), so the workflow decides which form a task has.
/// </summary>
internal static class TaskForms
{
    public const string ClaimReview = "claim-review";
    public const string PartInspection = "part-inspection";

    private static readonly string[] ReviewDecisions = ["approve", "reject", "send-back"];
    private static readonly string[] InspectionDecisions = ["accepted", "no-fault-found", "missing", "damaged"];

    public static IReadOnlyList<string> AllowedDecisions(string? formKey) => formKey switch
    {
        ClaimReview => ReviewDecisions,
        PartInspection => InspectionDecisions,
        _ => [],
    };

    /// <summary>Checks the decision against the form and returns the variables to hand to the workflow.</summary>
    public static Dictionary<string, object?> ToVariables(string? formKey, TaskDecision decision)
    {
        var value = decision.Decision?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            throw new RequestBodyException(400, "Invalid decision", "decision is required.", "decision");
        }

        var allowed = AllowedDecisions(formKey);
        if (allowed.Count > 0 && !allowed.Contains(value))
        {
            throw new RequestBodyException(400, "Invalid decision", $"Unknown decision '{value}'; expected one of: {string.Join(", ", allowed)}.", "decision");
        }

        if (value is "reject" or "send-back" && string.IsNullOrWhiteSpace(decision.ReasonCode))
        {
            throw new RequestBodyException(400, "Invalid decision", $"A '{value}' decision needs a reasonCode.", "reasonCode");
        }

        if (decision.ReasonCode is { Length: > 20 } || decision.Comment is { Length: > 2000 })
        {
            throw new RequestBodyException(400, "Invalid decision", "reasonCode has at most 20 characters and comment at most 2000.", decision.ReasonCode is { Length: > 20 } ? "reasonCode" : "comment");
        }

        var variables = new Dictionary<string, object?>
        {
            ["reasonCode"] = decision.ReasonCode?.Trim(),
            ["comment"] = decision.Comment,
        };
        variables[formKey == PartInspection ? "inspection" : "decision"] = value;
        return variables;
    }
}
