using FluentValidation;

namespace WorkflowDms.Application.Admin;

/// <summary>Shape checks of the admin requests (400 naming the field); placement and scope rules are the service's (422/404).</summary>
internal static class AdminRequestValidators
{
    public const string CodePattern = "^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$";
    public const string GroupPattern = "^[a-z][a-z0-9-]{1,62}$";

    public static readonly string[] NodeKinds = ["region", "branch"];
    public static readonly string[] OutletKinds = ["dealer", "service-station"];

    public static void Validate<T>(AbstractValidator<T> validator, T request) => validator.ValidateAndThrow(request);

    public static InlineValidator<CreateOrgNodeRequest> CreateNode { get; } = new()
    {
        v => v.RuleFor(r => r.ParentId).NotNull(),
        v => v.RuleFor(r => r.Code).NotEmpty().Matches(CodePattern),
        v => v.RuleFor(r => r.Name).NotEmpty().MaximumLength(200),
        v => v.RuleFor(r => r.Kind).NotEmpty().Must(k => NodeKinds.Contains(k)).WithMessage("'kind' must be region or branch (create dealers with POST /admin/dealers)."),
    };

    public static InlineValidator<RenameOrgNodeRequest> Rename { get; } = new()
    {
        v => v.RuleFor(r => r.Name).NotEmpty().MaximumLength(200),
    };

    public static InlineValidator<MoveOrgNodeRequest> Move { get; } = new()
    {
        v => v.RuleFor(r => r.ParentId).NotNull(),
        v => v.RuleFor(r => r.Tier).InclusiveBetween(1, 3),
    };

    public static InlineValidator<CreateDealerRequest> CreateDealer { get; } = new()
    {
        v => v.RuleFor(r => r.ParentId).NotNull(),
        v => v.RuleFor(r => r.Code).NotEmpty().Matches(CodePattern),
        v => v.RuleFor(r => r.Name).NotEmpty().MaximumLength(200),
        v => v.RuleFor(r => r.Kind).Must(k => k is null || OutletKinds.Contains(k)).WithMessage("'kind' must be dealer or service-station."),
        v => v.RuleFor(r => r.Tier).NotNull().InclusiveBetween(1, 3),
        v => v.RuleFor(r => r.Currency).NotEmpty().Matches("^[A-Z]{3}$"),
        v => v.RuleFor(r => r.WarrantyLaborRate).NotNull().GreaterThanOrEqualTo(0).PrecisionScale(12, 2, true),
        v => v.RuleFor(r => r.ClaimWindowDays).NotNull().InclusiveBetween(0, 3650),
        v => v.RuleFor(r => r.AutoApprovalLimit).NotNull().GreaterThanOrEqualTo(0).PrecisionScale(12, 2, true),
        v => v.RuleFor(r => r.PreAuthorizationThreshold).NotNull().GreaterThanOrEqualTo(0).PrecisionScale(12, 2, true),
    };

    public static InlineValidator<IssueApiKeyRequest> IssueKey { get; } = new()
    {
        v => v.RuleFor(r => r.Label).NotEmpty().MaximumLength(200),
    };

    public static InlineValidator<CreateStaffUserRequest> CreateUser { get; } = new()
    {
        v => v.RuleFor(r => r.Email).NotEmpty().EmailAddress().MaximumLength(256),
        v => v.RuleFor(r => r.DisplayName).NotEmpty().MaximumLength(200),
        v => v.RuleFor(r => r.Password).NotEmpty().MinimumLength(8).MaximumLength(200),
        v => v.RuleFor(r => r.OrgNodeId).NotNull(),
    };

    public static InlineValidator<AssignRoleRequest> AssignRole { get; } = new()
    {
        v => v.RuleFor(r => r.Group).NotEmpty().Matches(GroupPattern),
        v => v.RuleFor(r => r.OrgNodeId).NotNull(),
    };
}
