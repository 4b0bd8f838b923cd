using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace WorkflowDms.Persistence.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the context with this project as startup project (see the DbContext remarks).</summary>
internal sealed class WorkflowDmsDesignTimeDbContextFactory : IDesignTimeDbContextFactory<WorkflowDmsDbContext>
{
    public WorkflowDmsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<WorkflowDmsDbContext>();
        options.UseWorkflowDmsSqlite("Data Source=data/design-time.db");
        return new WorkflowDmsDbContext(options.Options);
    }
}
