using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Persistence;

namespace WorkflowDms.Cli.Commands;

/// <summary><c>wdms db migrate</c>: applies pending migrations and says which.</summary>
internal static class DbMigrateCommand
{
    public static async Task<int> RunAsync(string connectionString, TextWriter output)
    {
        await using var services = DatabaseServices.Create(connectionString);
        var migrator = services.GetRequiredService<DatabaseMigrator>();
        var pending = await migrator.GetPendingMigrationsAsync();
        await migrator.MigrateAsync();
        await output.WriteLineAsync(pending.Count == 0
            ? "database is up to date"
            : $"applied {pending.Count} migration(s): {string.Join(", ", pending)}");
        return 0;
    }
}
