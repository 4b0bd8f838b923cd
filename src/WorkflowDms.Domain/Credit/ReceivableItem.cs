using WorkflowDms.Domain.Errors;

namespace WorkflowDms.Domain.Credit;

/// <summary>
/// An open item (invoice) on the dealer's account, posted by the ERP. Payments and credit notes reduce
/// <see cref="OpenMinor"/>; the oldest open item's days overdue feed the overdue check (C-06, C-07).
/// </summary>
public class ReceivableItem
{
    private ReceivableItem()
    {
        InvoiceNumber = "";
    }

    public Guid Id { get; private set; }

    public Guid AccountId { get; private set; }

    public Guid DealerId { get; private set; }

    public string InvoiceNumber { get; private set; }

    public Guid? OrderId { get; private set; }

    public long AmountMinor { get; private set; }

    public long OpenMinor { get; private set; }

    public DateTime InvoiceDate { get; private set; }

    public DateTime DueDate { get; private set; }

    public static ReceivableItem Create(Guid id, CreditAccount account, string invoiceNumber, Guid? orderId, long amountMinor, DateTime invoiceDate, DateTime dueDate)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (amountMinor <= 0 || dueDate.Date < invoiceDate.Date)
        {
            throw new BusinessRuleException("invalid-invoice", "An invoice needs a positive amount and a due date on or after its invoice date.");
        }

        return new ReceivableItem
        {
            Id = id,
            AccountId = account.Id,
            DealerId = account.DealerId,
            InvoiceNumber = invoiceNumber,
            OrderId = orderId,
            AmountMinor = amountMinor,
            OpenMinor = amountMinor,
            InvoiceDate = DateTime.SpecifyKind(invoiceDate.Date, DateTimeKind.Utc),
            DueDate = DateTime.SpecifyKind(dueDate.Date, DateTimeKind.Utc),
        };
    }

    /// <summary>Clears up to <paramref name="amountMinor"/> of the open amount; returns what was cleared.</summary>
    public long Clear(long amountMinor)
    {
        var cleared = Math.Min(Math.Max(0, amountMinor), OpenMinor);
        OpenMinor -= cleared;
        return cleared;
    }

    public int DaysOverdue(DateTime now) => OpenMinor > 0 && now.Date > DueDate ? (now.Date - DueDate).Days : 0;
}
