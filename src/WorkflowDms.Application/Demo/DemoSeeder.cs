using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Catalog;
using WorkflowDms.Domain.Dealers;
using WorkflowDms.Domain.Organisation;
using WorkflowDms.Domain.Vehicles;
using WorkflowDms.Persistence;
using WorkflowDms.Persistence.Identity;

namespace WorkflowDms.Application.Demo;

/// <summary>
/// Seeds the demo organisation, dealers, keys, staff, vehicles and catalogue into an EMPTY database, so a
/// new user can walk through the product at once. Development only; never touches a database with data.
/// </summary>
public sealed class DemoSeeder(WorkflowDmsDbContext db, UserManager<AppUser> users, RoleManager<IdentityRole> roles, IEnumerable<IDemoSeedStep> steps, TimeProvider clock)
{
    public const string Password = "Demo-pass-1";

    public static IReadOnlyList<(string Email, string Group, string OrgCode)> Staff { get; } =
    [
        ("hq.reviewer@demo.local", Groups.WarrantyReviewers, "HQ"),
        ("b21.reviewer@demo.local", Groups.WarrantyReviewers, "B21"),
        ("hq.supervisor@demo.local", Groups.WarrantySupervisors, "HQ"),
        ("analyst@demo.local", Groups.Analysts, "HQ"),
        ("admin@demo.local", Groups.Admins, "HQ"),
    ];

    public static IReadOnlyList<string> DealerKeys { get; } = ["demo-key-D1001", "demo-key-D1002", "demo-key-D2001"];

    /// <summary>Seeds when the database holds no org node yet; returns whether it did.</summary>
    public async Task<bool> SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (await db.OrgNodes.AnyAsync(cancellationToken))
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var hq = OrgNode.CreateRoot(Guid.NewGuid(), "HQ", "Headquarters");
        var r1 = OrgNode.CreateChild(Guid.NewGuid(), "R1", "Region East", OrgNodeKind.Region, hq);
        var r2 = OrgNode.CreateChild(Guid.NewGuid(), "R2", "Region Central", OrgNodeKind.Region, hq);
        var b11 = OrgNode.CreateChild(Guid.NewGuid(), "B11", "Branch Jiangsu", OrgNodeKind.Branch, r1);
        var b21 = OrgNode.CreateChild(Guid.NewGuid(), "B21", "Branch Hubei", OrgNodeKind.Branch, r2);
        var d1001 = OrgNode.CreateChild(Guid.NewGuid(), "D1001", "Nanjing Motors", OrgNodeKind.Dealer, b11, tier: 1);
        var d1002 = OrgNode.CreateChild(Guid.NewGuid(), "D1002", "Zhenjiang Auto Service", OrgNodeKind.Dealer, d1001, tier: 2);
        var d2001 = OrgNode.CreateChild(Guid.NewGuid(), "D2001", "Wuhan Auto", OrgNodeKind.Dealer, b21, tier: 1);
        OrgNode[] nodes = [hq, r1, r2, b11, b21, d1001, d1002, d2001];
        db.OrgNodes.AddRange(nodes);

        // D1001's terms are the ones the demo walkthrough relies on; the others share them.
        var terms = new DealerWarrantyTerms(
            AuthorizedForWarranty: true,
            WarrantyLaborRateMinor: 120_00,
            ClaimWindowDays: 30,
            AutoApprovalLimitMinor: 1_000_00,
            PreAuthorizationThresholdMinor: 10_000_00);
        OrgNode[] dealerNodes = [d1001, d1002, d2001];
        var dealers = new Dictionary<string, Dealer>(StringComparer.Ordinal);
        foreach (var (node, key) in dealerNodes.Zip(DealerKeys))
        {
            var dealer = Dealer.Create(Guid.NewGuid(), node.Name, node, "CNY", terms);
            db.Dealers.Add(dealer);
            dealers[dealer.Code] = dealer;
            db.ApiKeys.Add(ApiKey.Issue(Guid.NewGuid(), dealer.Id, key, "demo", now));
        }

        var v1 = Vehicle.Register(Guid.NewGuid(), "LSVAU2185N2100001", "SEDAN-A", new DateTime(2025, 1, 20, 0, 0, 0, DateTimeKind.Utc), 36, 100_000);
        v1.PutInService(new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc), d1001.Id);
        var v2 = Vehicle.Register(Guid.NewGuid(), "LSVAU2180M2100003", "SEDAN-A", new DateTime(2025, 8, 1, 0, 0, 0, DateTimeKind.Utc), 36, 100_000);
        v2.PutInService(new DateTime(2025, 9, 15, 0, 0, 0, DateTimeKind.Utc), d1001.Id);
        var v3 = Vehicle.Register(Guid.NewGuid(), "LSVAU2187N2100002", "SEDAN-A", new DateTime(2020, 12, 1, 0, 0, 0, DateTimeKind.Utc), 36, 100_000);
        v3.PutInService(new DateTime(2021, 1, 15, 0, 0, 0, DateTimeKind.Utc), d1001.Id);
        db.Vehicles.AddRange(v1, v2, v3);

        db.LaborOperations.AddRange(
            new LaborOperation("LOP-ENG-010", "Exhaust system: replace catalytic converter", 200, "*"),
            new LaborOperation("LOP-WIP-001", "Replace wiper blade", 30, "*"));
        db.Parts.AddRange(
            new Part("PN-1001", "Catalytic converter", 4_200_00, returnable: true, maxQuantityPerVehicle: 1),
            new Part("PN-2002", "Wiper blade", 80_00, returnable: false, maxQuantityPerVehicle: 2));
        db.FaultCodes.AddRange(
            new FaultCode("F-EX-001", "Exhaust: catalytic converter efficiency below threshold"),
            new FaultCode("F-WP-002", "Wiper blade worn or torn"));
        await db.SaveChangesAsync(cancellationToken);

        var context = new DemoSeedContext(db, users, roles, nodes.ToDictionary(n => n.Code, StringComparer.Ordinal), dealers, now);
        foreach (var (email, group, orgCode) in Staff)
        {
            await context.AddStaffAsync(email, group, orgCode);
        }

        await context.AddStaffAsync("admin@demo.local", Groups.Auditors, "HQ");
        foreach (var step in steps.OrderBy(s => s.Order))
        {
            await step.SeedAsync(context, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }

    internal static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo seed failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
