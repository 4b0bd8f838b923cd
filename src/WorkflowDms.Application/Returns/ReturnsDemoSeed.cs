using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Demo;
using WorkflowDms.Domain.Catalog;
using WorkflowDms.Domain.Returns;

namespace WorkflowDms.Application.Returns;

/// <summary>
/// Demo data of the returns area: the parts managers (HQ, branches B11 and B21) and their supervisor, two stock
/// parts to return, and each dealer's return programme. D1002's small purchase volume (quota 2,000.00)
/// lets the walkthrough show the annual surplus-return quota blocking a request.
/// </summary>
internal sealed class ReturnsDemoSeed : IDemoSeedStep
{
    public int Order => 50;

    public static IReadOnlyList<(string Email, string Group, string OrgCode)> Staff { get; } =
    [
        ("hq.parts@demo.local", ReturnGroups.PartsManagers, "HQ"),
        ("b11.parts@demo.local", ReturnGroups.PartsManagers, "B11"),
        ("b21.parts@demo.local", ReturnGroups.PartsManagers, "B21"),
        ("hq.parts-supervisor@demo.local", ReturnGroups.PartsSupervisors, "HQ"),
    ];

    /// <summary>Prior 12 months' and prior month's parts purchases per dealer, minor units.</summary>
    public static IReadOnlyList<(string DealerCode, long TwelveMonthsMinor, long PriorMonthMinor)> Purchases { get; } =
    [
        ("D1001", 600_000_00, 50_000_00),
        ("D1002", 20_000_00, 1_500_00),
        ("D2001", 300_000_00, 25_000_00),
    ];

    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        foreach (var (email, group, orgCode) in Staff)
        {
            await context.AddStaffAsync(email, group, orgCode);
        }

        string[] demoParts = ["PN-5101", "PN-5102"];
        var existing = await context.Db.Parts.Where(p => demoParts.Contains(p.PartNumber)).Select(p => p.PartNumber).ToListAsync(cancellationToken);
        if (!existing.Contains("PN-5101"))
        {
            context.Db.Parts.Add(new Part("PN-5101", "Brake disc, front", 350_00, returnable: false, maxQuantityPerVehicle: 2));
        }

        if (!existing.Contains("PN-5102"))
        {
            context.Db.Parts.Add(new Part("PN-5102", "Cabin air filter", 45_00, returnable: false, maxQuantityPerVehicle: 1));
        }

        foreach (var (code, twelveMonths, priorMonth) in Purchases)
        {
            if (context.Dealers.TryGetValue(code, out var dealer))
            {
                context.Db.DealerReturnTerms.Add(DealerReturnTerms.Create(dealer.Id, twelveMonths, priorMonth, context.Now));
            }
        }
    }
}
