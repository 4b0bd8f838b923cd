using FluentValidation;
using WorkflowDms.Domain.Returns;

namespace WorkflowDms.Application.Returns;

/// <summary>
/// Intake validation: shape, formats and ranges. Eligibility (used, special-order, window, quota, missing
/// purchase reference, purchase date in the future) is the rule set's job, because those reject the request
/// with a reason the dealer sees rather than refusing to take it.
/// </summary>
public sealed class ReturnSubmissionValidator : AbstractValidator<ReturnSubmission>
{
    public const int MaxLines = 200;

    public ReturnSubmissionValidator()
    {
        RuleFor(r => r.Reason).NotEmpty();
        RuleFor(r => r.Reason)
            .Must(r => ReturnReasons.All.Contains(r!)).When(r => !string.IsNullOrEmpty(r.Reason))
            .WithMessage($"reason must be one of: {string.Join(", ", ReturnReasons.All)}.");
        RuleFor(r => r.Comment).MaximumLength(2000);
        RuleFor(r => r.DealerCode).MaximumLength(32);
        RuleFor(r => r.Lines).NotNull();
        RuleFor(r => r.Lines).Must(l => l!.Count is > 0 and <= MaxLines)
            .When(r => r.Lines is not null).WithMessage($"lines must have 1 to {MaxLines} entries.");
        RuleForEach(r => r.Lines).NotNull().ChildRules(line =>
        {
            line.RuleFor(l => l.PartNumber).NotEmpty().MaximumLength(32);
            line.RuleFor(l => l.Quantity).NotNull().InclusiveBetween(1, ReturnLine.MaxQuantity);
            line.RuleFor(l => l.PurchaseReference).MaximumLength(64);
            line.RuleFor(l => l.PurchaseDate).NotNull()
                .Must(d => d >= new DateOnly(2000, 1, 1)).WithMessage("The purchase date is before 2000.");
            line.RuleFor(l => l.UnitPricePaid).NotNull().InclusiveBetween(0m, 10_000_000m)
                .Must(p => decimal.Round(p!.Value, 2) == p.Value).When(l => l.UnitPricePaid is not null)
                .WithMessage("unitPricePaid has at most 2 decimals.");
            line.RuleFor(l => l.Unused).NotNull();
            line.RuleFor(l => l.SpecialOrder).NotNull();
        });
    }
}
