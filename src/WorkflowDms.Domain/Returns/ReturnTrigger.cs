namespace WorkflowDms.Domain.Returns;

public enum ReturnTrigger
{
    Approve,
    Reject,
    CreateReturnOrder,
    Ship,
    Receive,
    Inspect,
    IssueCreditNote,
    Close,
    ExpireRma,
    Cancel,
}
