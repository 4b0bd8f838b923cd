using WorkflowDms.Application.Demo;
using WorkflowDms.Application.Orders;
using WorkflowDms.Domain.Credit;
using WorkflowDms.Domain.Orders;
using WorkflowDms.Domain.Organisation;

namespace WorkflowDms.Application.Credit;

/// <summary>
/// Demo data of orders and credit: the price list (one model priced only from next month, to show O-13), this
/// month's allocation quotas, the delegation-of-authority matrix, credit accounts of D1001/D1002/D2001 with
/// open items, and the sales, parts, credit and ERP staff (password Demo-pass-1).
/// </summary>
internal sealed class OrderAndCreditDemoSeed : IDemoSeedStep
{
    public int Order => 20;

    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        var db = context.Db;
        var today = context.Now.Date;
        var yearAgo = today.AddDays(-365);
        db.PriceListEntries.AddRange(
            PriceListEntry.Create(Guid.NewGuid(), OrderType.Vehicle, "SEDAN-A", "Sedan A, standard trim", 150_000_00, "CNY", yearAgo, null, 1, 5m),
            PriceListEntry.Create(Guid.NewGuid(), OrderType.Vehicle, "SUV-X", "SUV X, premium trim", 260_000_00, "CNY", yearAgo, null, 1, 3m),
            PriceListEntry.Create(Guid.NewGuid(), OrderType.Vehicle, "EV-S", "EV S (launch next month)", 200_000_00, "CNY", today.AddDays(30), null, 1, 0m),
            PriceListEntry.Create(Guid.NewGuid(), OrderType.Parts, "PN-1001", "Catalytic converter", 4_200_00, "CNY", yearAgo, null, 1, 10m),
            PriceListEntry.Create(Guid.NewGuid(), OrderType.Parts, "PN-2002", "Wiper blade (pack of 10)", 80_00, "CNY", yearAgo, null, 10, 15m),
            PriceListEntry.Create(Guid.NewGuid(), OrderType.Parts, "PN-3003", "Brake pad set, old price", 420_00, "CNY", yearAgo, today.AddDays(-10), 4, 10m),
            PriceListEntry.Create(Guid.NewGuid(), OrderType.Parts, "PN-3003", "Brake pad set", 450_00, "CNY", today.AddDays(-9), null, 4, 10m));

        var monthStart = new DateTime(today.Year, today.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        var monthEnd = monthStart.AddMonths(1).AddDays(-1);
        var d1001 = context.Dealers["D1001"];
        var d1002 = context.Dealers["D1002"];
        var d2001 = context.Dealers["D2001"];
        db.AllocationQuotas.AddRange(
            AllocationQuota.Create(Guid.NewGuid(), d1001.Id, "SEDAN-A", monthStart, monthEnd, 10),
            AllocationQuota.Create(Guid.NewGuid(), d1001.Id, "SUV-X", monthStart, monthEnd, 2),
            AllocationQuota.Create(Guid.NewGuid(), d1001.Id, "EV-S", monthStart, monthEnd, 2),
            AllocationQuota.Create(Guid.NewGuid(), d2001.Id, "SEDAN-A", monthStart, monthEnd, 5),
            AllocationQuota.Create(Guid.NewGuid(), d2001.Id, "SUV-X", monthStart, monthEnd, 2));

        // Delegation of authority (O-15), as data: branch sales managers up to 1,000,000.00, HQ above; parts: HQ parts
        // managers, and above them the HQ parts supervisors (who also decide when four-eyes rules out the only manager).
        db.ApprovalAuthorities.AddRange(
            ApprovalAuthority.Create(Guid.NewGuid(), OrderType.Vehicle, OrderGroups.SalesManagers, OrgNodeKind.Branch, 1_000_000_00),
            ApprovalAuthority.Create(Guid.NewGuid(), OrderType.Vehicle, OrderGroups.SalesManagers, OrgNodeKind.Headquarters, 50_000_000_00),
            ApprovalAuthority.Create(Guid.NewGuid(), OrderType.Parts, OrderGroups.PartsManagers, OrgNodeKind.Headquarters, 5_000_000_00),
            ApprovalAuthority.Create(Guid.NewGuid(), OrderType.Parts, OrderGroups.PartsSupervisors, OrgNodeKind.Headquarters, 10_000_000_00));

        var a1001 = CreditAccount.Open(Guid.NewGuid(), d1001, 500_000_00, today.AddDays(365), "B", today.AddDays(90), 30, 2_000_000_00, context.Now);
        var a1002 = CreditAccount.Open(Guid.NewGuid(), d1002, 200_000_00, today.AddDays(365), "C", today.AddDays(60), 30, 500_000_00, context.Now);
        var a2001 = CreditAccount.Open(Guid.NewGuid(), d2001, 300_000_00, today.AddDays(365), "A", today.AddDays(120), 30, 2_000_000_00, context.Now);
        db.CreditAccounts.AddRange(a1001, a1002, a2001);
        OpenItem(context, a1001, "INV-D1001-0001", 120_000_00, today.AddDays(-10), today.AddDays(20));
        OpenItem(context, a1002, "INV-D1002-0001", 50_000_00, today.AddDays(-75), today.AddDays(-45));

        await context.AddStaffAsync("hq.credit@demo.local", OrderGroups.CreditManagers, "HQ");
        await context.AddStaffAsync("r1.credit@demo.local", OrderGroups.CreditControllers, "R1");
        await context.AddStaffAsync("b11.sales@demo.local", OrderGroups.SalesManagers, "B11");
        await context.AddStaffAsync("hq.sales@demo.local", OrderGroups.SalesManagers, "HQ");
        // hq.parts@demo.local (parts-managers, HQ) is seeded by the returns area's seed step, which shares the group.
        await context.AddStaffAsync("erp@demo.local", OrderGroups.ErpIntegration, "HQ");
        cancellationToken.ThrowIfCancellationRequested();
    }

    private static void OpenItem(DemoSeedContext context, CreditAccount account, string number, long amountMinor, DateTime invoiceDate, DateTime dueDate)
    {
        context.Db.ReceivableItems.Add(ReceivableItem.Create(Guid.NewGuid(), account, number, null, amountMinor, invoiceDate, dueDate));
        context.Db.CreditPostings.Add(CreditPosting.Create(Guid.NewGuid(), account, "invoice", $"invoice:{number}", null, 0, amountMinor, 0, "demo-seed", context.Now));
    }
}
