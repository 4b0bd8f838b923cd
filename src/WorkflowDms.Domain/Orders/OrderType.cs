namespace WorkflowDms.Domain.Orders;

/// <summary>What a dealer orders from the OEM: vehicles (domain-reference §2.1) or parts (§2.2).</summary>
public enum OrderType
{
    Vehicle,
    Parts,
}
