using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Persistence;
using WorkflowDms.Persistence.Providers;

namespace WorkflowDms.Application.Common;

/// <summary>
/// Runs one command as one transaction: a fresh scope (so a fresh DbContext), the work, one SaveChanges, one
/// commit — the change, the workflow state and the audit entries land together or not at all.
/// </summary>
/// <remarks>
/// The transaction holds the database's write lock from its start (the provider's <see cref="ICommandTransactions"/>:
/// an in-process gate on SQLite, a row lock on PostgreSQL), so a command reads the audit chain's head under the
/// write lock and never loses a race it could have waited for. A concurrency conflict on the audit head alone is
/// retried; any other conflict is the caller's 409.
/// </remarks>
public sealed class CommandRunner(IServiceScopeFactory scopes, ICommandTransactions transactions)
{
    private const int MaxAttempts = 5;

    public async Task<T> RunAsync<T>(Func<IServiceProvider, WorkflowDmsDbContext, CancellationToken, Task<T>> command, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<WorkflowDmsDbContext>();
                await using var transaction = await transactions.BeginAsync(db, cancellationToken);
                var result = await command(scope.ServiceProvider, db, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return result;
            }
            catch (DbUpdateConcurrencyException e) when (attempt < MaxAttempts && e.Entries.All(x => x.Entity is AuditHead))
            {
                // Another host appended to the audit chain between our read and our write: redo the command.
            }
        }
    }
}
