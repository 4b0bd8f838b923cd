namespace WorkflowDms.Application.Credit;

/// <summary>
/// Posts money movements onto a dealer's credit account, inside the caller's command transaction, so the
/// exposure figures stay exact (domain-reference C-01: open orders + open receivables + delivered-not-invoiced).
/// Returns and warranty settlement credit the dealer through this; the credit area implements it.
/// </summary>
public interface ICreditPostings
{
    /// <summary>
    /// A credit note to the dealer (a return's credit, a warranty settlement): reduces the dealer's open
    /// receivables by <paramref name="amountMinor"/> and is kept as a posting with its reference.
    /// </summary>
    /// <param name="dealerId">The dealer credited.</param>
    /// <param name="amountMinor">Positive amount in minor units of <paramref name="currency"/>.</param>
    /// <param name="currency">ISO 4217 code; must be the account's currency.</param>
    /// <param name="reference">The source document, e.g. <c>return:{id}</c> or <c>payment-batch:{id}</c>; unique per kind, so a retry cannot post twice.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    Task PostCreditNoteAsync(Guid dealerId, long amountMinor, string currency, string reference, CancellationToken cancellationToken);
}
