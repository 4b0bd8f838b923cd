using WorkflowDms.Application.Inbox;

namespace WorkflowDms.Application.Claims;

/// <summary>The supervisor's decision on an appealed claim (W-60): approve, or reject for good.</summary>
internal sealed class ClaimAppealReviewForm : ITaskForm
{
    public string FormKey => "claim-appeal-review";

    public IReadOnlyList<string> Decisions { get; } = ["approve", "reject"];
}
