namespace WorkflowDms.Domain.Tasks;

public enum WorkTaskTrigger
{
    Claim,
    Unclaim,
    Delegate,
    Complete,
    Cancel,
}
