using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Persistence;
using WorkflowDms.Persistence.Auditing;

namespace WorkflowDms.Cli.Commands;

/// <summary>
/// <c>wdms audit verify</c>: recomputes the hash chain and names the first broken entry. Exit 1 when an
/// entry was edited or deleted, so a cron job or an auditor's script can alert on it.
/// </summary>
internal static class AuditVerifyCommand
{
    public static async Task<int> RunAsync(string connectionString, TextWriter output)
    {
        await using var services = DatabaseServices.Create(connectionString);
        await using var db = await services.GetRequiredService<IDbContextFactory<WorkflowDmsDbContext>>().CreateDbContextAsync();
        if ((await db.Database.GetPendingMigrationsAsync()).Any())
        {
            await output.WriteLineAsync("INVALID the database is not migrated (run: wdms db migrate)");
            return 1;
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        var result = await db.VerifyAuditChainAsync();
        await output.WriteLineAsync(result.IsValid
            ? $"VALID {result.EntriesChecked} entries verified in {started.Elapsed.TotalSeconds:0.00} s"
            : $"INVALID at sequence {result.BrokenAtSequence}: {result.Message} ({result.EntriesChecked} entries checked)");
        return result.IsValid ? 0 : 1;
    }
}
