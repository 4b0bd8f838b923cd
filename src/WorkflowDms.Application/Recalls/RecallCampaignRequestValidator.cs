using FluentValidation;
using WorkflowDms.Domain.Recalls;

namespace WorkflowDms.Application.Recalls;

public sealed class RecallCampaignRequestValidator : AbstractValidator<RecallCampaignRequest>
{
    public RecallCampaignRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.Number).NotEmpty().MaximumLength(32).Matches("^[A-Za-z0-9][A-Za-z0-9-]*$")
            .WithMessage("A campaign number has letters, digits and '-'.");
        RuleFor(r => r.Title).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Type).NotEmpty().Must(t => Enum.TryParse<RecallType>(t, ignoreCase: false, out _)).When(r => !string.IsNullOrEmpty(r.Type), ApplyConditionTo.CurrentValidator)
            .WithMessage(r => $"Unknown type '{r.Type}'; expected one of: {string.Join(", ", Enum.GetNames<RecallType>())}.");
        RuleFor(r => r.Priority).NotNull().InclusiveBetween(1, 5);
        RuleFor(r => r.LaborOperationCode).NotEmpty().MaximumLength(32);
        RuleFor(r => r.PartNumbers).Must(p => p is null || p.Count <= 20).WithMessage("At most 20 remedy parts.");
        RuleForEach(r => r.PartNumbers).NotEmpty().MaximumLength(32);
        RuleFor(r => r.PartsAvailabilityPercent).InclusiveBetween(0, 100);
        RuleFor(r => r.MinPartsAvailabilityPercent).InclusiveBetween(0, 100);
        RuleFor(r => r.ExpiresOn).NotNull()
            .Must(d => d > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).WithMessage("The expiry date must be in the future.");
        RuleFor(r => r.OpenPhase).InclusiveBetween(1, RecallCampaign.MaxOpenPhase);
    }
}
