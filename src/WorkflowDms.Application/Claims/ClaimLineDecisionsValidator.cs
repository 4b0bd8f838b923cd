using FluentValidation;

namespace WorkflowDms.Application.Claims;

/// <summary>Shape of the per-line decisions; whether an amount fits its line is the domain's check (422).</summary>
public sealed class ClaimLineDecisionsValidator : AbstractValidator<ClaimLineDecisions>
{
    public static readonly string[] Decisions = ["approve", "adjust", "reject"];

    public ClaimLineDecisionsValidator()
    {
        RuleFor(d => d.Lines).NotEmpty();
        // A null item ("lines":[null]) is refused by the rule below; it must not break this one first (a 500).
        RuleForEach(d => d.Lines).NotNull().WithMessage("Each line must be an object.");
        RuleFor(d => d.Lines).Must(l => l!.Select(x => x?.LineNumber).Distinct().Count() == l!.Count)
            .When(d => d.Lines is { Count: > 0 }).WithMessage("Each line number may be decided once per request.");
        RuleForEach(d => d.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.LineNumber).NotNull().GreaterThan(0);
            line.RuleFor(l => l.Decision).NotEmpty().Must(d => Decisions.Contains(d))
                .WithMessage(l => $"Unknown decision '{l.Decision}'; expected one of: {string.Join(", ", Decisions)}.");
            line.RuleFor(l => l.ReasonCode).NotEmpty().MaximumLength(32).When(l => l.Decision is "adjust" or "reject")
                .WithMessage("An adjustment or rejection needs a reason code.");
            line.RuleFor(l => l.ApprovedAmount).NotNull().GreaterThanOrEqualTo(0)
                .Must(a => a is null || a * 100 == decimal.Truncate(a.Value * 100)).WithMessage("Amounts have at most two decimals.")
                .When(l => l.Decision == "adjust");
            line.RuleFor(l => l.ApprovedAmount).Null().When(l => l.Decision != "adjust")
                .WithMessage("Only an adjustment carries an approved amount.");
        }).When(d => d.Lines is not null);
    }
}
