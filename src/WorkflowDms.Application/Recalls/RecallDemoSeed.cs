using System.Globalization;
using WorkflowDms.Application.Demo;
using WorkflowDms.Domain.Catalog;
using WorkflowDms.Domain.Recalls;
using WorkflowDms.Domain.Vehicles;

namespace WorkflowDms.Application.Recalls;

/// <summary>
/// Recall demo data: the recall managers <c>hq.recall@demo.local</c> (HQ) and <c>r2.recall@demo.local</c> (R2), the remedy catalogue, 210 vehicles
/// (VINs <c>LSVRC2A50SN1000xx</c>-style, check digits computed) in stock or in service at D1001, D1002 and
/// D2001, an Active safety campaign RC-2026-001 over the first 150 of them and a Defined campaign
/// RC-2026-002 whose parts availability (40 % of a required 80 %) holds its launch at the gate.
/// </summary>
internal sealed class RecallDemoSeed : IDemoSeedStep
{
    public const string ManagerEmail = "hq.recall@demo.local";

    /// <summary>A recall manager of region R2 only: HQ's draft campaigns are outside this scope.</summary>
    public const string RegionManagerEmail = "r2.recall@demo.local";
    public const string ActiveCampaign = "RC-2026-001";
    public const string HeldCampaign = "RC-2026-002";
    public const string LaborOperation = "LOP-RCL-001";
    public const string Part = "PN-RCL-001";
    public const int VehicleCount = 210;

    private static readonly string[] DealerCodes = ["D1001", "D1002", "D2001"];

    public int Order => 300;

    /// <summary>The n-th demo VIN (1-based): WMI+VDS <c>LSVRC2A5</c>, year S (2025), plant N, serial 100000+n, with its check digit.</summary>
    public static string Vin(int n) => WithCheckDigit("LSVRC2A5", "SN", 100_000 + n);

    /// <summary>A valid VIN from characters 1–8, 10–11 and a 6-digit serial; position 9 is computed (49 CFR 565.15).</summary>
    public static string WithCheckDigit(string wmiVds, string yearPlant, int serial)
    {
        var draft = string.Create(CultureInfo.InvariantCulture, $"{wmiVds}0{yearPlant}{serial:D6}");
        var check = VinValidator.ComputeCheckDigit(draft);
        return string.Concat(draft.AsSpan(0, 8), check.ToString(), draft.AsSpan(9));
    }

    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        await context.AddStaffAsync(ManagerEmail, RecallGroups.Managers, "HQ");
        await context.AddStaffAsync(RegionManagerEmail, RecallGroups.Managers, "R2");
        var db = context.Db;
        db.LaborOperations.Add(new LaborOperation(LaborOperation, "Airbag: replace driver inflator module", 100, Domain.Catalog.LaborOperation.AllModelGroups));
        db.Parts.Add(new Part(Part, "Driver airbag inflator", 350_00, returnable: false, maxQuantityPerVehicle: 1));

        var now = context.Now;
        var produced = new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        var vehicles = new List<Vehicle>();
        for (var n = 1; n <= VehicleCount; n++)
        {
            var dealer = context.Nodes[DealerCodes[n % DealerCodes.Length]];
            var vehicle = Vehicle.Register(Guid.NewGuid(), Vin(n), "SUV-B", produced.AddDays(n), 36, 100_000, dealer.Id);
            if (n % 2 == 0)
            {
                vehicle.PutInService(produced.AddDays(n + 30), dealer.Id); // every other vehicle is sold; the rest is dealer stock
            }

            vehicles.Add(vehicle);
        }

        db.Vehicles.AddRange(vehicles);
        var hq = context.Nodes["HQ"];
        var active = RecallCampaign.Create(Guid.NewGuid(), new RecallCampaignDefinition(
            ActiveCampaign, "Driver airbag inflator may rupture", RecallType.Safety, 1, LaborOperation, [Part], 95, 80,
            now.Date.AddYears(2), 1), hq, ManagerEmail, now);
        active.Define(now);
        db.RecallCampaigns.Add(active);
        foreach (var vehicle in vehicles.Take(150))
        {
            var node = context.Nodes.Values.Single(x => x.Id == vehicle.DealerOrgNodeId);
            db.CampaignVehicles.Add(CampaignVehicle.Add(Guid.NewGuid(), active, vehicle.Id, vehicle.Vin, node.Id, node.Path, vehicle.InServiceDate is null, 1, now));
        }

        // Seeded as launched and active directly (no process instance): the walkthrough launches RC-2026-002 through the API.
        active.NotifyDealers(now);
        active.Launch(now);
        active.Activate(now);

        var held = RecallCampaign.Create(Guid.NewGuid(), new RecallCampaignDefinition(
            HeldCampaign, "Rear seat belt anchor bolt torque", RecallType.Safety, 2, LaborOperation, [Part], 40, 80,
            now.Date.AddYears(1), 1), hq, ManagerEmail, now);
        held.Define(now);
        db.RecallCampaigns.Add(held);
        foreach (var vehicle in vehicles.Skip(150))
        {
            var node = context.Nodes.Values.Single(x => x.Id == vehicle.DealerOrgNodeId);
            db.CampaignVehicles.Add(CampaignVehicle.Add(Guid.NewGuid(), held, vehicle.Id, vehicle.Vin, node.Id, node.Path, vehicle.InServiceDate is null, 1, now));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
