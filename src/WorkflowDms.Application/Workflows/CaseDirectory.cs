using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Workflows;

/// <summary>
/// Resolves an instance's business key (<c>{type}:{id}</c>) to its case. Tasks take the case's org path,
/// so an approver sees a task exactly when the case lies in the approver's subtree.
/// </summary>
internal sealed class CaseDirectory(WorkflowDmsDbContext db, IEnumerable<ICaseType> caseTypes)
{
    private readonly Dictionary<string, ICaseType> byPrefix = caseTypes.ToDictionary(c => c.Prefix, StringComparer.Ordinal);

    public CaseReference Resolve(string? businessKey) =>
        TryParse(businessKey, out var prefix, out var id) && byPrefix.TryGetValue(prefix, out var type)
            ? type.Resolve(db, id)
            : throw new InvalidOperationException($"No case type is known for business key '{businessKey}'.");

    /// <summary>Splits <c>{type}:{guid}</c>.</summary>
    public static bool TryParse(string? businessKey, out string prefix, out Guid id)
    {
        prefix = "";
        id = Guid.Empty;
        var colon = businessKey?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (colon <= 0 || !Guid.TryParse(businessKey.AsSpan(colon + 1), out id))
        {
            return false;
        }

        prefix = businessKey![..colon];
        return true;
    }
}
