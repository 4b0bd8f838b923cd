using FluentValidation;
using WorkflowDms.Domain.Vehicles;

namespace WorkflowDms.Application.Claims;

public sealed class PreAuthorizationSubmissionValidator : AbstractValidator<PreAuthorizationSubmission>
{
    public PreAuthorizationSubmissionValidator()
    {
        RuleFor(p => p.Vin).NotEmpty().Must(v => VinValidator.IsValid(VinValidator.Normalize(v!))).When(p => !string.IsNullOrEmpty(p.Vin), ApplyConditionTo.CurrentValidator)
            .WithMessage(p => VinValidator.Validate(VinValidator.Normalize(p.Vin!)).Reason);
        RuleFor(p => p.FaultCode).NotEmpty().MaximumLength(20);
        RuleFor(p => p.Description).NotEmpty().MaximumLength(2000);
        RuleFor(p => p.EstimatedAmount).NotNull().GreaterThan(0).LessThan(10_000_000)
            .Must(a => a is null || a * 100 == decimal.Truncate(a.Value * 100)).WithMessage("Amounts have at most two decimals.");
        RuleFor(p => p.PlannedLines).NotEmpty();
        RuleFor(p => p.PlannedLines).Must(l => l!.Count <= 50).When(p => p.PlannedLines is not null).WithMessage("At most 50 planned lines.");
        RuleForEach(p => p.PlannedLines).ChildRules(line =>
        {
            line.RuleFor(l => l.Type).NotEmpty().Must(t => ClaimSubmissionValidator.LineTypes.Contains(t))
                .WithMessage(l => $"Unknown line type '{l.Type}'; expected one of: {string.Join(", ", ClaimSubmissionValidator.LineTypes)}.");
            line.RuleFor(l => l.OperationCode).NotEmpty().MaximumLength(20).When(l => l.Type == "labor");
            line.RuleFor(l => l.Hours).NotNull().GreaterThan(0).LessThanOrEqualTo(99).When(l => l.Type == "labor");
            line.RuleFor(l => l.PartNumber).NotEmpty().MaximumLength(40).When(l => l.Type == "part");
            line.RuleFor(l => l.Quantity).NotNull().InclusiveBetween(1, 999).When(l => l.Type == "part");
            line.RuleFor(l => l.Description).NotEmpty().MaximumLength(200).When(l => l.Type is "sublet" or "other");
            line.RuleFor(l => l.Amount).NotNull().GreaterThan(0).When(l => l.Type is "sublet" or "other");
        }).When(p => p.PlannedLines is not null);
    }
}

public sealed class PreAuthorizationDecisionValidator : AbstractValidator<PreAuthorizationDecision>
{
    /// <summary>The review form's decisions: this route completes the same task.</summary>
    private static readonly IReadOnlyList<string> Decisions = new PreAuthorizationReviewForm().Decisions;

    public PreAuthorizationDecisionValidator()
    {
        RuleFor(d => d.Decision).NotEmpty().Must(d => Decisions.Contains(d))
            .WithMessage(d => $"Unknown decision '{d.Decision}'; expected one of: {string.Join(", ", Decisions)}.");
        When(d => d.Decision == "approve", () =>
        {
            RuleFor(d => d.AuthorizedMaxAmount).NotNull()
                .Must(a => a is null || PreAuthorizationReviewForm.IsAmount(a.Value)).WithMessage("The authorised maximum is above 0, below 10,000,000, with at most two decimals.");
            RuleFor(d => d.ValidUntil).NotNull();
        });
        When(d => d.Decision is "reject" or "send-back", () =>
        {
            RuleFor(d => d.ReasonCode).NotEmpty().MaximumLength(20);
            RuleFor(d => d.AuthorizedMaxAmount).Null().WithMessage("Only an approval carries an authorised amount.");
            RuleFor(d => d.ValidUntil).Null().WithMessage("Only an approval carries a validity.");
        });
        RuleFor(d => d.Comment).MaximumLength(2000);
    }
}
