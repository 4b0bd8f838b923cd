using FluentValidation;

namespace WorkflowDms.Application.Orders;

/// <summary>A new order or a draft edit / adjustment: the lines are priced from the catalogue on <see cref="OrderDate"/>.</summary>
public sealed record OrderRequest
{
    /// <summary>"vehicle" or "parts" (creation only).</summary>
    public string? OrderType { get; init; }

    /// <summary>The ordering dealer: the caller, a sub-dealer of the caller, or (staff entering an order) any dealer in scope.</summary>
    public string? DealerCode { get; init; }

    public string? DealerReference { get; init; }

    /// <summary>Pricing date; today when omitted.</summary>
    public DateOnly? OrderDate { get; init; }

    public IReadOnlyList<OrderLineRequest>? Lines { get; init; }
}

public sealed record OrderLineRequest
{
    public string? ItemCode { get; init; }

    public int Quantity { get; init; }

    public decimal DiscountPercent { get; init; }
}

/// <summary>A decision on an order's approval: <c>approve</c> or <c>reject</c> (reject needs a reason code).</summary>
public sealed record OrderDecisionRequest
{
    public string? ReasonCode { get; init; }

    public string? Comment { get; init; }
}

internal sealed class OrderRequestValidator : AbstractValidator<OrderRequest>
{
    public OrderRequestValidator()
    {
        RuleFor(r => r.OrderType).Must(t => t is null or "vehicle" or "parts").WithMessage("must be 'vehicle' or 'parts'.");
        RuleFor(r => r.DealerCode).MaximumLength(32);
        RuleFor(r => r.DealerReference).MaximumLength(64);
        RuleFor(r => r.Lines).NotEmpty().Must(l => l is null || l.Count <= 200).WithMessage("must have 1 to 200 lines.");
        RuleForEach(r => r.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.ItemCode).NotEmpty().MaximumLength(32);
            line.RuleFor(l => l.Quantity).InclusiveBetween(1, 100_000);
            line.RuleFor(l => l.DiscountPercent).InclusiveBetween(0m, 100m);
        });
    }
}
