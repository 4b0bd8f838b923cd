using WorkflowDms.Domain.Numbering;

namespace WorkflowDms.Domain.Returns;

/// <summary>The readable return number <c>RT-yyMMdd-XXXXXXXXXX</c>; see <see cref="DocumentNumber"/>.</summary>
public static class ReturnNumber
{
    public static string Create(Guid returnId, DateTime requestedAt) => DocumentNumber.Create("RT", returnId, requestedAt);
}
