using WorkflowDms.Application.Inbox;

namespace WorkflowDms.Application.Returns;

/// <summary>The parts manager's decision on a return request; a rejection needs a reason code.</summary>
internal sealed class ReturnApprovalForm : ITaskForm
{
    public string FormKey => "return-approval";

    public IReadOnlyList<string> Decisions { get; } = ["approve", "reject"];
}

/// <summary>
/// The verdict on received goods (domain-reference §2.6 step 6). For <c>partially-accepted</c> the accepted
/// quantities are recorded first with PUT /returns/{id}/inspection.
/// </summary>
internal sealed class ReturnInspectionForm : ITaskForm
{
    public string FormKey => "return-inspection";

    public IReadOnlyList<string> Decisions { get; } = ["accepted", "partially-accepted", "rejected"];

    public string DecisionVariable => "inspection";

    public bool RequiresReason(string decision) => decision == "rejected";
}
