namespace WorkflowDms.Domain.Claims;

public enum PreAuthorizationTrigger
{
    Approve,
    Reject,
    SendBack,
    Resubmit,
}
