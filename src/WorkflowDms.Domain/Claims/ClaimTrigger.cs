namespace WorkflowDms.Domain.Claims;

public enum ClaimTrigger
{
    AutoApprove,
    RouteToReview,
    SendBack,
    Reject,
    Approve,
    Resubmit,
    RequirePartsReturn,
    ApproveForPayment,
    ChargeBack,
    Pay,
    Close,
    Appeal,
}
