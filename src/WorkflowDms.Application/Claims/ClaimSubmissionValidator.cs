using FluentValidation;
using WorkflowDms.Domain.Claims;
using WorkflowDms.Domain.Vehicles;

namespace WorkflowDms.Application.Claims;

/// <summary>
/// Intake validation (domain-reference W-01): shape, formats and ranges. A claim that fails here is never
/// created. Business findings (coverage, duplicates, hours over standard…) are the rule set's job, because
/// those send a claim back or reject it with a reason code instead of refusing the request.
/// </summary>
public sealed class ClaimSubmissionValidator : AbstractValidator<ClaimSubmission>
{
    public static readonly string[] LineTypes = ["labor", "part", "sublet", "other"];

    public ClaimSubmissionValidator(TimeProvider clock)
    {
        RuleFor(c => c.DealerClaimNumber).NotEmpty().MaximumLength(40);
        RuleFor(c => c.Vin).NotEmpty().Must(BeAValidVin!).When(c => !string.IsNullOrEmpty(c.Vin), ApplyConditionTo.CurrentValidator)
            .WithMessage(c => VinValidator.Validate(VinValidator.Normalize(c.Vin!)).Reason);
        RuleFor(c => c.RepairOrderNumber).NotEmpty().MaximumLength(40);
        RuleFor(c => c.RepairDate).NotNull()
            .Must(d => d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).WithMessage("The repair date is in the future.")
            .Must(d => d >= new DateOnly(2000, 1, 1)).WithMessage("The repair date is before 2000.");
        RuleFor(c => c.MileageKm).NotNull().InclusiveBetween(0, 2_000_000);
        RuleFor(c => c.FaultCode).MaximumLength(20);
        RuleFor(c => c.CausalPartNumber).MaximumLength(40);
        RuleFor(c => c.PreAuthorizationNumber).MaximumLength(40);
        RuleFor(c => c.PerformingDealerCode).MaximumLength(20);
        RuleFor(c => c.ClaimType).Must(t => t is null || ClaimTypes.IsKnown(t))
            .WithMessage(c => $"Unknown claim type '{c.ClaimType}'; expected one of: {string.Join(", ", ClaimTypes.All)}.");
        RuleFor(c => c.MaintenanceSequence).NotNull().InclusiveBetween(1, 20).When(c => c.ClaimType == ClaimTypes.FreeMaintenance);
        RuleFor(c => c.MaintenanceSequence).Null().When(c => c.ClaimType != ClaimTypes.FreeMaintenance)
            .WithMessage("Only a free-maintenance claim has a maintenance sequence.");
        RuleFor(c => c.Lines).NotEmpty();
        RuleFor(c => c.Lines).Must(l => l!.Count <= 50).When(c => c.Lines is not null)
            .WithMessage("A claim has at most 50 lines.");
        RuleForEach(c => c.Lines).SetValidator(new LineValidator()).When(c => c.Lines is not null);
    }

    private static bool BeAValidVin(string vin) => VinValidator.IsValid(VinValidator.Normalize(vin));

    private sealed class LineValidator : AbstractValidator<ClaimSubmissionLine>
    {
        public LineValidator()
        {
            RuleFor(l => l.Type).NotEmpty().Must(t => LineTypes.Contains(t))
                .WithMessage(l => $"Unknown line type '{l.Type}'; expected one of: {string.Join(", ", LineTypes)}.");
            RuleFor(l => l.Comment).MaximumLength(1000);
            When(l => l.Type == "labor", () =>
            {
                RuleFor(l => l.OperationCode).NotEmpty().MaximumLength(20);
                // Stop at the first failure: the decimals check reads the value NotNull has just found missing.
                RuleFor(l => l.Hours).Cascade(CascadeMode.Stop).NotNull().GreaterThan(0).LessThanOrEqualTo(99)
                    .Must(h => h * 100 == decimal.Truncate(h!.Value * 100)).WithMessage("Hours have at most two decimals.");
                RuleFor(l => l.PartNumber).Empty().WithMessage("A labor line has no part number.");
            });
            When(l => l.Type == "part", () =>
            {
                RuleFor(l => l.PartNumber).NotEmpty().MaximumLength(40);
                RuleFor(l => l.Quantity).NotNull().InclusiveBetween(1, 999);
                RuleFor(l => l.OperationCode).Empty().WithMessage("A part line has no operation code.");
            });
            When(l => l.Type is "sublet" or "other", () =>
            {
                RuleFor(l => l.Description).NotEmpty().MaximumLength(200);
                RuleFor(l => l.Amount).Cascade(CascadeMode.Stop).NotNull().GreaterThan(0).LessThan(1_000_000)
                    .Must(a => a * 100 == decimal.Truncate(a!.Value * 100)).WithMessage("Amounts have at most two decimals.");
            });
        }
    }
}
