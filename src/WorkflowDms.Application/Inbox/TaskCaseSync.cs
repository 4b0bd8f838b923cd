using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Domain.Tasks;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Inbox;

/// <summary>
/// Keeps the case columns on tasks (status, dealer, amount) in line with the case. The workflow runtime calls it
/// after every step that leaves or opens user tasks: every case change that matters while a task is open (a
/// service task moving the status, an adjustment or cancellation delivered as a message, a decision) runs as a
/// step of the case's instance, inside the same transaction.
/// </summary>
internal sealed class TaskCaseSync(WorkflowDmsDbContext db, IEnumerable<ICaseType> caseTypes)
{
    private readonly Dictionary<string, ICaseType> byPrefix = caseTypes.ToDictionary(c => c.Prefix, StringComparer.Ordinal);

    public async Task<TaskCaseFacts> ReadAsync(CaseReference @case, CancellationToken cancellationToken)
    {
        var facts = byPrefix.TryGetValue(@case.CaseType, out var type)
            ? type.Facts(db, @case.CaseId)
            : new CaseFacts("", DealerId: null, Amount: null, Currency: null);
        var dealer = facts.DealerId is not { } dealerId ? null
            : db.Dealers.Local.FirstOrDefault(d => d.Id == dealerId)
              ?? await db.Dealers.AsNoTracking().FirstOrDefaultAsync(d => d.Id == dealerId, cancellationToken);
        var currency = facts.Amount is null ? null : facts.Currency ?? dealer?.Currency;
        return new TaskCaseFacts(facts.Status, dealer?.Code, dealer?.Name, facts.Amount ?? 0, currency);
    }

    /// <summary>Copies <paramref name="facts"/> onto every open or claimed task of the case.</summary>
    public async Task RefreshAsync(CaseReference @case, TaskCaseFacts facts, CancellationToken cancellationToken)
    {
        var tasks = await db.WorkTasks.Include(t => t.Candidates)
            .Where(t => t.CaseType == @case.CaseType && t.CaseId == @case.CaseId
                && (t.Status == WorkTaskStatus.Open || t.Status == WorkTaskStatus.Claimed))
            .ToListAsync(cancellationToken);
        foreach (var task in tasks.Concat(db.WorkTasks.Local.Where(t => t.CaseId == @case.CaseId && t.CaseType == @case.CaseType)).Distinct())
        {
            if (task.Status is WorkTaskStatus.Open or WorkTaskStatus.Claimed)
            {
                task.RefreshCase(facts);
            }
        }
    }
}
