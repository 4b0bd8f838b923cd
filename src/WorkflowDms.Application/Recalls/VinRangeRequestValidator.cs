using FluentValidation;
using WorkflowDms.Domain.Recalls;
using WorkflowDms.Domain.Vehicles;

namespace WorkflowDms.Application.Recalls;

public sealed class VinRangeRequestValidator : AbstractValidator<VinRangeRequest>
{
    public VinRangeRequestValidator()
    {
        RuleFor(r => r.FirstVin).NotEmpty().Must(v => VinValidator.IsValid(VinValidator.Normalize(v!))).When(r => !string.IsNullOrEmpty(r.FirstVin), ApplyConditionTo.CurrentValidator)
            .WithMessage(r => VinValidator.Validate(VinValidator.Normalize(r.FirstVin!)).Reason);
        RuleFor(r => r.LastVin).NotEmpty().Must(v => VinValidator.IsValid(VinValidator.Normalize(v!))).When(r => !string.IsNullOrEmpty(r.LastVin), ApplyConditionTo.CurrentValidator)
            .WithMessage(r => VinValidator.Validate(VinValidator.Normalize(r.LastVin!)).Reason);
        RuleFor(r => r.LastVin)
            .Must((r, last) => VinValidator.Normalize(r.FirstVin!)[..8] == VinValidator.Normalize(last!)[..8])
            .When(r => Valid(r.FirstVin) && Valid(r.LastVin))
            .WithMessage("The first and last VIN must share WMI and VDS (characters 1–8).");
        RuleFor(r => r.LastVin)
            .Must((r, last) => string.CompareOrdinal(VinValidator.Normalize(r.FirstVin!)[9..], VinValidator.Normalize(last!)[9..]) <= 0)
            .When(r => Valid(r.FirstVin) && Valid(r.LastVin))
            .WithMessage("The last VIN's serial (characters 10–17) must not be below the first VIN's.");
        RuleFor(r => r.ProducedTo).Must((r, to) => r.ProducedFrom is null || to is null || to >= r.ProducedFrom)
            .WithMessage("producedTo must not be before producedFrom.");
        RuleFor(r => r.ModelGroup).MaximumLength(32);
        RuleFor(r => r.Phase).InclusiveBetween(1, RecallCampaign.MaxOpenPhase);
    }

    private static bool Valid(string? vin) => !string.IsNullOrEmpty(vin) && VinValidator.IsValid(VinValidator.Normalize(vin));
}
