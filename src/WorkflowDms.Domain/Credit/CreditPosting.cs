using WorkflowDms.Domain.Errors;

namespace WorkflowDms.Domain.Credit;

/// <summary>
/// One movement on a dealer's credit exposure (C-01): signed changes of open orders (SAP category 100),
/// open receivables (200) and delivered-not-invoiced value (400). <see cref="Reference"/> is unique, so a
/// repeated posting of the same document is recognised and not counted twice.
/// </summary>
public class CreditPosting
{
    private CreditPosting()
    {
        Kind = "";
        Reference = "";
        PostedBy = "";
    }

    public Guid Id { get; private set; }

    public Guid AccountId { get; private set; }

    public Guid DealerId { get; private set; }

    /// <summary>order-open, order-close, shipment, invoice, payment, credit-note.</summary>
    public string Kind { get; private set; }

    public string Reference { get; private set; }

    public Guid? OrderId { get; private set; }

    public long OpenOrdersMinor { get; private set; }

    public long ReceivablesMinor { get; private set; }

    public long DeliveredNotInvoicedMinor { get; private set; }

    public DateTime PostedAt { get; private set; }

    public string PostedBy { get; private set; }

    public static CreditPosting Create(Guid id, CreditAccount account, string kind, string reference, Guid? orderId, long openOrdersMinor, long receivablesMinor, long deliveredNotInvoicedMinor, string postedBy, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (string.IsNullOrWhiteSpace(reference) || reference.Length > 120)
        {
            throw new BusinessRuleException("invalid-posting", "A posting needs a reference of at most 120 characters.");
        }

        return new CreditPosting
        {
            Id = id,
            AccountId = account.Id,
            DealerId = account.DealerId,
            Kind = kind,
            Reference = reference,
            OrderId = orderId,
            OpenOrdersMinor = openOrdersMinor,
            ReceivablesMinor = receivablesMinor,
            DeliveredNotInvoicedMinor = deliveredNotInvoicedMinor,
            PostedAt = now,
            PostedBy = postedBy,
        };
    }
}
