namespace WorkflowDms.Domain.Credit;

public enum CreditLimitRequestTrigger
{
    Approve,
    Reject,
    Expire,
}
