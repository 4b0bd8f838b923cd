using FluentValidation;
using WorkflowDms.Domain.Vehicles;

namespace WorkflowDms.Application.Recalls;

public sealed class RecallClaimRequestValidator : AbstractValidator<RecallClaimRequest>
{
    public RecallClaimRequestValidator(TimeProvider clock)
    {
        RuleFor(c => c.CampaignNumber).NotEmpty().MaximumLength(32);
        RuleFor(c => c.Vin).NotEmpty().Must(v => VinValidator.IsValid(VinValidator.Normalize(v!))).When(c => !string.IsNullOrEmpty(c.Vin), ApplyConditionTo.CurrentValidator)
            .WithMessage(c => VinValidator.Validate(VinValidator.Normalize(c.Vin!)).Reason);
        RuleFor(c => c.RepairOrderNumber).NotEmpty().MaximumLength(40);
        RuleFor(c => c.RepairDate).NotNull()
            .Must(d => d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).WithMessage("The repair date is in the future.")
            .Must(d => d >= new DateOnly(2000, 1, 1)).WithMessage("The repair date is before 2000.");
        RuleFor(c => c.MileageKm).NotNull().InclusiveBetween(0, 2_000_000);
    }
}
