using WorkflowDms.Application.Inbox;

namespace WorkflowDms.Application.Claims;

/// <summary>The verdict on a returned old part (domain-reference §2.4: accepted, no fault found, missing, damaged).</summary>
internal sealed class PartInspectionForm : ITaskForm
{
    public string FormKey => "part-inspection";

    public IReadOnlyList<string> Decisions { get; } = ["accepted", "no-fault-found", "missing", "damaged"];

    public string DecisionVariable => "inspection";

    public bool RequiresReason(string decision) => false;
}
