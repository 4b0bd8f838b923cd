using WorkflowDms.Domain.Numbering;
using WorkflowDms.Domain.Dealers;
using WorkflowDms.Domain.Errors;

namespace WorkflowDms.Domain.Orders;

/// <summary>
/// A dealer's vehicle or parts order to the OEM. Carries the dealer's org path so every query is scope-filtered
/// without a join. Status changes go through the action matrix in <c>Order.Lifecycle.cs</c>.
/// </summary>
public partial class Order : IVersioned
{
    private readonly List<OrderLine> _lines = [];

    private Order()
    {
        Number = "";
        DealerCode = "";
        OrgPath = "";
        Currency = "";
        DealerReference = "";
        CreatedBy = "";
    }

    public Guid Id { get; private set; }

    /// <summary>Readable and unique: <c>OR-yyMMdd-XXXXXXXXXX</c>.</summary>
    public string Number { get; private set; }

    public OrderType Type { get; private set; }

    public Guid DealerId { get; private set; }

    public string DealerCode { get; private set; }

    public Guid OrgNodeId { get; private set; }

    public string OrgPath { get; private set; }

    /// <summary>The dealer's own order number (STAR DealerOrderNumberString).</summary>
    public string DealerReference { get; private set; }

    public string Currency { get; private set; }

    /// <summary>UTC midnight of the pricing date: the catalogue price valid on it is used (O-13).</summary>
    public DateTime OrderDate { get; private set; }

    public OrderStatus Status { get; private set; }

    public long TotalMinor { get; private set; }

    public int TotalQuantity { get; private set; }

    /// <summary>The creator's actor id (user id or dealer id): four-eyes compares approvers against it (O-17).</summary>
    public string CreatedBy { get; private set; }

    /// <summary>Who submitted (may differ from the creator); also excluded from approving.</summary>
    public string? SubmittedBy { get; private set; }

    public int AdjustmentCount { get; private set; }

    /// <summary>O-19: the order is far above the dealer's history.</summary>
    public bool AbnormalAlert { get; private set; }

    public string? AlertMessage { get; private set; }

    public string? HoldReasonCode { get; private set; }

    public string? CreditReasonCode { get; private set; }

    public string? DecisionReasonCode { get; private set; }

    public string? DecisionComment { get; private set; }

    public string? ApprovedBy { get; private set; }

    public string? LastOrderRuleResultJson { get; private set; }

    public string? LastCreditRuleResultJson { get; private set; }

    public Guid? WorkflowInstanceId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? SubmittedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public IReadOnlyList<OrderLine> Lines => _lines;

    public int Version { get; private set; }

    /// <summary>Whether the order counts as an open order on the dealer's credit exposure (C-01 cat. 100, C-02).</summary>
    public bool CountsAsOpenOrder => Status is OrderStatus.PendingApproval or OrderStatus.Approved or OrderStatus.Accepted;

    public static string CreateNumber(Guid id, DateTime now) => DocumentNumber.Create("OR", id, now);

    public static Order CreateDraft(Guid id, OrderType type, Dealer dealer, string dealerReference, DateTime orderDate, IReadOnlyCollection<OrderLineDraft> lines, string createdBy, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(dealer);
        if (string.IsNullOrWhiteSpace(dealerReference))
        {
            throw new BusinessRuleException("invalid-order", "The dealer's order reference is required.");
        }

        var order = new Order
        {
            Id = id,
            Number = CreateNumber(id, now),
            Type = type,
            DealerId = dealer.Id,
            DealerCode = dealer.Code,
            OrgNodeId = dealer.OrgNodeId,
            OrgPath = dealer.OrgPath,
            DealerReference = dealerReference.Trim(),
            Currency = dealer.Currency,
            Status = OrderStatus.Draft,
            CreatedBy = createdBy,
            CreatedAt = now,
        };
        order.SetLines(orderDate, lines, now);
        return order;
    }

    /// <summary>Draft edit: replaces the order date and every line.</summary>
    public void Maintain(DateTime orderDate, IReadOnlyCollection<OrderLineDraft> lines, DateTime now)
    {
        EnsureCanFire(OrderTrigger.Maintain);
        SetLines(orderDate, lines, now);
        Fire(OrderTrigger.Maintain, now);
    }

    public void Submit(string submittedBy, DateTime now)
    {
        EnsureCanFire(OrderTrigger.Submit);
        SubmittedBy = submittedBy;
        SubmittedAt = now;
        Fire(OrderTrigger.Submit, now);
    }

    /// <summary>The order rules found something the dealer must fix (price, allocation, quantity, discount).</summary>
    public void Hold(string reasonCode, string? message, DateTime now)
    {
        EnsureCanFire(OrderTrigger.Hold);
        HoldReasonCode = reasonCode;
        DecisionComment = message;
        Fire(OrderTrigger.Hold, now);
    }

    /// <summary>
    /// No approver of the delegation-of-authority matrix may decide the order (nobody at the level, or only its
    /// creator or submitter — four-eyes): it waits on hold with <paramref name="reasonCode"/> until HQ routes it again
    /// or rejects it, or the dealer adjusts or cancels it. Held again while on hold, only the reason is refreshed.
    /// </summary>
    public void HoldForApprover(string reasonCode, string message, DateTime now)
    {
        if (Status != OrderStatus.OnHold)
        {
            EnsureCanFire(OrderTrigger.Hold);
            Fire(OrderTrigger.Hold, now);
        }

        HoldReasonCode = reasonCode;
        DecisionComment = message;
        UpdatedAt = now;
    }

    /// <summary>The dealer's correction of a held order: new lines, evaluated again.</summary>
    public void Adjust(DateTime orderDate, IReadOnlyCollection<OrderLineDraft> lines, DateTime now)
    {
        EnsureCanFire(OrderTrigger.Adjust);
        SetLines(orderDate, lines, now);
        AdjustmentCount++;
        HoldReasonCode = null;
        DecisionComment = null;
        Fire(OrderTrigger.Adjust, now);
    }

    public void CreditBlock(string reasonCode, DateTime now)
    {
        if (Status == OrderStatus.CreditBlocked)
        {
            // A recheck that fails again: still blocked, with the latest reason.
            CreditReasonCode = reasonCode;
            UpdatedAt = now;
            return;
        }

        EnsureCanFire(OrderTrigger.CreditBlock);
        CreditReasonCode = reasonCode;
        Fire(OrderTrigger.CreditBlock, now);
    }

    public void RouteToApproval(DateTime now)
    {
        EnsureCanFire(OrderTrigger.RouteToApproval);
        Fire(OrderTrigger.RouteToApproval, now);
    }

    public void Approve(string approvedBy, string? comment, DateTime now)
    {
        EnsureCanFire(OrderTrigger.Approve);
        if (string.Equals(approvedBy, CreatedBy, StringComparison.Ordinal) || string.Equals(approvedBy, SubmittedBy, StringComparison.Ordinal))
        {
            throw new BusinessRuleException("four-eyes", "The creator or submitter of an order cannot approve it (O-17).");
        }

        ApprovedBy = approvedBy;
        DecisionComment = comment;
        Fire(OrderTrigger.Approve, now);
    }

    public void Reject(string? reasonCode, string? comment, DateTime now)
    {
        EnsureCanFire(OrderTrigger.Reject);
        DecisionReasonCode = reasonCode;
        DecisionComment = comment;
        Fire(OrderTrigger.Reject, now);
    }

    public void Accept(DateTime now) => Fire(OrderTrigger.Accept, now);

    public void Ship(DateTime now) => Fire(OrderTrigger.Ship, now);

    public void ConfirmReceipt(DateTime now) => Fire(OrderTrigger.ConfirmReceipt, now);

    public void Close(DateTime now) => Fire(OrderTrigger.Close, now);

    public void Cancel(string? comment, DateTime now)
    {
        EnsureCanFire(OrderTrigger.Cancel);
        DecisionComment = comment;
        Fire(OrderTrigger.Cancel, now);
    }

    public void RecordAbnormal(bool abnormal, string? message, DateTime now)
    {
        AbnormalAlert = abnormal;
        AlertMessage = abnormal ? message : null;
        UpdatedAt = now;
    }

    public void RecordOrderRuleResult(string json, DateTime now)
    {
        LastOrderRuleResultJson = json;
        UpdatedAt = now;
    }

    public void RecordCreditRuleResult(string json, DateTime now)
    {
        LastCreditRuleResultJson = json;
        UpdatedAt = now;
    }

    public void AttachWorkflow(Guid instanceId, DateTime now)
    {
        WorkflowInstanceId = instanceId;
        UpdatedAt = now;
    }

    private void SetLines(DateTime orderDate, IReadOnlyCollection<OrderLineDraft> lines, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 0)
        {
            throw new BusinessRuleException("invalid-order", "An order needs at least one line.");
        }

        OrderDate = DateTime.SpecifyKind(orderDate.Date, DateTimeKind.Utc);
        _lines.Clear();
        var number = 0;
        foreach (var draft in lines)
        {
            _lines.Add(OrderLine.Create(Id, ++number, draft));
        }

        long total = 0;
        var quantity = 0;
        foreach (var line in _lines)
        {
            total = checked(total + line.AmountMinor);
            quantity += line.Quantity;
        }

        TotalMinor = total;
        TotalQuantity = quantity;
        UpdatedAt = now;
    }
}
