using WorkflowDms.Application.Inbox;

namespace WorkflowDms.Application.Claims;

/// <summary>The warranty reviewer's decision on a claim.</summary>
internal sealed class ClaimReviewForm : ITaskForm
{
    public string FormKey => "claim-review";

    public IReadOnlyList<string> Decisions { get; } = ["approve", "reject", "send-back"];
}
