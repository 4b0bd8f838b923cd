namespace WorkflowDms.Domain.Recalls;

/// <summary>Campaign types (ServiceNow recall campaign types, domain-reference §2.5; free maintenance for W-40).</summary>
public enum RecallType
{
    Safety,
    StopDrive,
    Regulatory,
    ProductDefect,
    Emissions,
    ServiceAction,
    FreeMaintenance,
}
