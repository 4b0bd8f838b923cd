namespace WorkflowDms.Domain.Claims;

public enum ClaimLineType
{
    Labor,
    Part,
    Sublet,
    Other,
}
