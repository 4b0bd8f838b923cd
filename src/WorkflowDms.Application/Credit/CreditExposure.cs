namespace WorkflowDms.Application.Credit;

/// <summary>A dealer's exposure broken down (C-01), in minor units.</summary>
public sealed record CreditExposure(long OpenOrdersMinor, long ReceivablesMinor, long DeliveredNotInvoicedMinor)
{
    public long TotalMinor => OpenOrdersMinor + ReceivablesMinor + DeliveredNotInvoicedMinor;
}
