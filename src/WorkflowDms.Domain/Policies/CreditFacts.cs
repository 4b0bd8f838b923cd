namespace WorkflowDms.Domain.Policies;

/// <summary>What the <c>credit-policy</c> rules see (parameter <c>credit</c>): the dealer's account and the order checked; money in major units.</summary>
public sealed record CreditFacts
{
    /// <summary>False when the dealer has no credit account: nothing may be ordered on credit.</summary>
    public bool HasAccount { get; init; } = true;
    /// <summary>The limit in force today (0 after the limit's valid-to date, C-12).</summary>
    public decimal EffectiveLimit { get; init; }
    public bool LimitExpired { get; init; }
    /// <summary>Open orders + open receivables + delivered not invoiced, without this order (C-01).</summary>
    public decimal Exposure { get; init; }
    /// <summary>The order value checked.</summary>
    public decimal DocumentValue { get; init; }
    public bool ManuallyBlocked { get; init; }
    public bool ReviewOverdue { get; init; }
    /// <summary>Days the oldest open item is overdue (C-06).</summary>
    public int OldestItemDaysOverdue { get; init; }
    public int AllowedOverdueDays { get; init; }
    /// <summary>Open items more than 45 days overdue as a share (0–100) of all open items (C-07).</summary>
    public decimal OverdueShareOver45DaysPercent { get; init; }
    /// <summary>A–D.</summary>
    public string RiskClass { get; init; } = "A";
    /// <summary>Largest single order for the risk class; 0 = no cap (O-18).</summary>
    public decimal MaxDocumentValue { get; init; }
    /// <summary>The order's currency differs from the account's.</summary>
    public bool CurrencyMismatch { get; init; }
    /// <summary>A temporary limit increase was granted and its end date has passed, so the base limit applies again (C-12).</summary>
    public bool TemporaryLimitExpired { get; init; }
    /// <summary>A credit-limit request of the account is submitted and not yet decided; it does not count until effective (C-15).</summary>
    public bool LimitRequestPending { get; init; }
    /// <summary>The account has no receivable item (invoice) at all: an order from a new customer (O-18).</summary>
    public bool NewCustomer { get; init; }
}
