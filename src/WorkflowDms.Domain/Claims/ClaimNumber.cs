using WorkflowDms.Domain.Numbering;

namespace WorkflowDms.Domain.Claims;

/// <summary>The readable claim number <c>WC-yyMMdd-XXXXXXXXXX</c>; see <see cref="DocumentNumber"/>.</summary>
public static class ClaimNumber
{
    public static string Create(Guid claimId, DateTime submittedAt) => DocumentNumber.Create("WC", claimId, submittedAt);
}
