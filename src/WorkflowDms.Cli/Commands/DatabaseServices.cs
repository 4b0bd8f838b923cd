using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Persistence.Sqlite;

namespace WorkflowDms.Cli.Commands;

/// <summary>The persistence services the database commands need, on the given connection string.</summary>
internal static class DatabaseServices
{
    public static ServiceProvider Create(string connectionString) =>
        new ServiceCollection().AddWorkflowDmsPersistence(connectionString).BuildServiceProvider();
}
