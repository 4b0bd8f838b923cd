using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Demo;
using WorkflowDms.Domain.Claims;

namespace WorkflowDms.Application.Claims;

/// <summary>
/// The free-maintenance fee table (首保): SEDAN-A gets two free services, 300.00 for the first and 200.00 for
/// the second; SUV-B one at 450.00. The highest configured visit is the policy count (W-37). Also the warranty
/// manager <c>hq.warranty-manager@demo.local</c> (HQ), to whom an appeal not decided within 2 days escalates.
/// </summary>
internal sealed class WarrantyDemoSeed : IDemoSeedStep
{
    public int Order => 10;

    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        if (await context.Db.MaintenanceFees.AnyAsync(cancellationToken))
        {
            return;
        }

        await context.AddStaffAsync(WarrantyGroups.DemoManagerEmail, WarrantyGroups.Managers, "HQ");
        context.Db.MaintenanceFees.AddRange(
            new MaintenanceFee(Guid.CreateVersion7(), "SEDAN-A", 1, 300_00, "CNY"),
            new MaintenanceFee(Guid.CreateVersion7(), "SEDAN-A", 2, 200_00, "CNY"),
            new MaintenanceFee(Guid.CreateVersion7(), "SUV-B", 1, 450_00, "CNY"));
        await context.Db.SaveChangesAsync(cancellationToken);
    }
}
