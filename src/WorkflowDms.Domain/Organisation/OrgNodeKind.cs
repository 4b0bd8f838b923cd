namespace WorkflowDms.Domain.Organisation;

public enum OrgNodeKind
{
    Headquarters,
    Region,
    Branch,
    Dealer,
    ServiceStation,
}
