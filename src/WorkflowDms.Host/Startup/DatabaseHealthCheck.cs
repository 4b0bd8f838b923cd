using Microsoft.Extensions.Diagnostics.HealthChecks;
using WorkflowDms.Persistence;

namespace WorkflowDms.Host.Startup;

/// <summary>Ready means the database answers.</summary>
internal sealed class DatabaseHealthCheck(WorkflowDmsDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database does not answer.");
}
