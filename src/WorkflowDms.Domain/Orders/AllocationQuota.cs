using WorkflowDms.Domain.Errors;

namespace WorkflowDms.Domain.Orders;

/// <summary>
/// How many vehicles of a model a dealer may order in a period (the allocation of O-01/O-03). Orders that are
/// accepted, shipped, delivered or closed consume it; a vehicle order above what is left is held (O-01).
/// </summary>
public class AllocationQuota
{
    private AllocationQuota()
    {
        ModelCode = "";
    }

    public Guid Id { get; private set; }

    public Guid DealerId { get; private set; }

    public string ModelCode { get; private set; }

    public DateTime PeriodStart { get; private set; }

    /// <summary>Last day of the period, inclusive.</summary>
    public DateTime PeriodEnd { get; private set; }

    public int Quantity { get; private set; }

    public static AllocationQuota Create(Guid id, Guid dealerId, string modelCode, DateTime periodStart, DateTime periodEnd, int quantity)
    {
        if (string.IsNullOrWhiteSpace(modelCode) || quantity < 0 || periodEnd.Date < periodStart.Date)
        {
            throw new BusinessRuleException("invalid-quota", "A quota needs a model, a quantity of 0 or more and a period that ends after it starts.");
        }

        return new AllocationQuota
        {
            Id = id,
            DealerId = dealerId,
            ModelCode = modelCode.Trim(),
            PeriodStart = DateTime.SpecifyKind(periodStart.Date, DateTimeKind.Utc),
            PeriodEnd = DateTime.SpecifyKind(periodEnd.Date, DateTimeKind.Utc),
            Quantity = quantity,
        };
    }
}
