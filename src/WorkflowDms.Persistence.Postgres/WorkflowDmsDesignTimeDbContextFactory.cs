using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace WorkflowDms.Persistence.Postgres;

/// <summary>
/// Lets <c>dotnet ef</c> build the context with this project as startup project (see migrations.sh). Adding a
/// migration never connects, so the connection string only has to be well-formed.
/// </summary>
internal sealed class WorkflowDmsDesignTimeDbContextFactory : IDesignTimeDbContextFactory<WorkflowDmsDbContext>
{
    public WorkflowDmsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<WorkflowDmsDbContext>();
        options.UseWorkflowDmsPostgres("Host=127.0.0.1;Database=workflowdms_design;Username=postgres");
        return new WorkflowDmsDbContext(options.Options);
    }
}
