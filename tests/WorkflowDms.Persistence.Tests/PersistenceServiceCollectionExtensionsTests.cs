using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Persistence.Providers;
using WorkflowDms.Persistence.Sqlite;

namespace WorkflowDms.Persistence.Tests;

public class PersistenceServiceCollectionExtensionsTests
{
    [Fact]
    public void AddWorkflowDmsPersistence_CreatesTheSqliteDataDirectory()
    {
        var root = Path.Combine(Path.GetTempPath(), "workflowdms-tests", Guid.NewGuid().ToString("N"));
        var file = Path.Combine(root, "data", "workflowdms.db");
        try
        {
            new ServiceCollection().AddWorkflowDmsPersistence($"Data Source={file}");

            Assert.True(Directory.Exists(Path.GetDirectoryName(file)));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task ProviderRegistration_MigratesAndServesScopedContexts()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(migrate: false);
        await using var provider = database.AddPersistence(new ServiceCollection()).BuildServiceProvider(validateScopes: true);

        await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
        Assert.Empty(await provider.GetRequiredService<DatabaseMigrator>().GetPendingMigrationsAsync(ct));

        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDmsDbContext>();
        Assert.Same(db, scope.ServiceProvider.GetRequiredService<WorkflowDmsDbContext>());
        Assert.Equal(1, await db.AuditHeads.CountAsync(ct));
    }

    [Fact]
    public async Task CommandTransactions_OfTwoHostsOnOneDatabase_RunOneAtATime()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync();
        await using var hostA = database.AddPersistence(new ServiceCollection()).BuildServiceProvider();
        await using var hostB = database.AddPersistence(new ServiceCollection()).BuildServiceProvider();
        await using var scopeA = hostA.CreateAsyncScope();
        await using var scopeB = hostB.CreateAsyncScope();
        var dbA = scopeA.ServiceProvider.GetRequiredService<WorkflowDmsDbContext>();
        var dbB = scopeB.ServiceProvider.GetRequiredService<WorkflowDmsDbContext>();

        var first = await hostA.GetRequiredService<ICommandTransactions>().BeginAsync(dbA, ct);
        // On another thread: Microsoft.Data.Sqlite waits for its lock synchronously inside BeginTransactionAsync.
        var second = Task.Run(() => hostB.GetRequiredService<ICommandTransactions>().BeginAsync(dbB, ct), ct);
        await Task.Delay(TimeSpan.FromMilliseconds(500), ct);
        Assert.False(second.IsCompleted, "The second host's command started while the first held the write lock.");

        await first.CommitAsync(ct);
        await first.DisposeAsync();
        await using var secondTransaction = await second.WaitAsync(TimeSpan.FromSeconds(4), ct);
        Assert.True(second.IsCompletedSuccessfully);
    }
}
