namespace WorkflowDms.Application.Claims.Steps;

/// <summary>The service-task topics of <c>workflows/warranty-claim.bpmn</c> (see workflows/README.md).</summary>
internal static class ClaimHandlerKeys
{
    public const string Approve = "claim.approve";
    public const string SendBack = "claim.send-back";
    public const string Reject = "claim.reject";
    public const string RouteToReview = "claim.route-to-review";
    public const string Escalate = "claim.escalate";
    public const string RequestPartsReturn = "claim.request-parts-return";
    public const string ApproveForPayment = "claim.approve-for-payment";
    public const string ChargeBack = "claim.charge-back";
    public const string ReopenForAppeal = "claim.reopen-for-appeal";
}
