using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Persistence.Sqlite;

namespace WorkflowDms.Persistence.Tests;

public class PersistenceServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddWorkflowDmsPersistence_CreatesTheDataDirectoryMigratesAndServesScopedContexts()
    {
        var ct = TestContext.Current.CancellationToken;
        var root = Path.Combine(Path.GetTempPath(), "workflowdms-tests", Guid.NewGuid().ToString("N"));
        var file = Path.Combine(root, "data", "workflowdms.db");
        try
        {
            var services = new ServiceCollection().AddWorkflowDmsPersistence($"Data Source={file}");
            await using var provider = services.BuildServiceProvider(validateScopes: true);

            Assert.True(Directory.Exists(Path.GetDirectoryName(file)));
            await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
            Assert.Empty(await provider.GetRequiredService<DatabaseMigrator>().GetPendingMigrationsAsync(ct));

            await using var scope = provider.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WorkflowDmsDbContext>();
            Assert.Same(db, scope.ServiceProvider.GetRequiredService<WorkflowDmsDbContext>());
            Assert.Equal(1, await db.AuditHeads.CountAsync(ct));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }
}
