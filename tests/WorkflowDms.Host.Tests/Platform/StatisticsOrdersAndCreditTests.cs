using System.Net;
using System.Text.Json.Nodes;
using WorkflowDms.Host.Tests.Infrastructure;
using WorkflowDms.Host.Tests.Orders;
using static WorkflowDms.Host.Tests.Platform.PlatformApi;
using static WorkflowDms.Host.Tests.Platform.StatisticsTests;

namespace WorkflowDms.Host.Tests.Platform;

/// <summary>
/// Order, credit, task and timeline statistics over one scene (own fixture: exact figures): D1001 (branch B11)
/// has one order approved after 2 h, one rejected after 6 h and a claim in review; D2001 (branch B21) is
/// manually blocked, so its order waits in CreditBlocked for a credit decision.
/// </summary>
public sealed class StatisticsOrdersAndCreditTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const long SedanMinor = 150_000_00;

    private static string Period => $"from={HostFixture.Today.UtcDateTime.AddDays(-1):yyyy-MM-dd}&to={HostFixture.Today.UtcDateTime.AddDays(1):yyyy-MM-dd}";

    [Fact]
    public async Task OrdersCreditTasksAndTimeline_ExactFigures_EachCallerSeesOnlyItsSubtree()
    {
        await ArrangeAsync();
        var admin = await host.AsStaffAsync("admin@demo.local");

        var orders = await GetAsync(admin, $"/api/v1/statistics/orders?{Period}&groupBy=branch");
        Assert.Equal(["B11", "B21"], Groups(orders));
        var b11 = Row(orders, "B11");
        Assert.Equal(2, b11["orders"]!.GetValue<int>());
        Assert.Equal(["Approved", "Rejected"], b11["byStatus"]!.AsObject().Select(s => s.Key));
        Assert.Equal(1, b11["byStatus"]!["Approved"]!["count"]!.GetValue<int>());
        AssertMoney(b11["byStatus"]!["Approved"]!["value"]!, "CNY", SedanMinor);
        AssertMoney(b11["byStatus"]!["Rejected"]!["value"]!, "CNY", SedanMinor);
        AssertMoney(b11["value"]!, "CNY", 2 * SedanMinor);
        Assert.Equal(1, b11["approved"]!.GetValue<int>());
        Assert.Equal(0, b11["autoApproved"]!.GetValue<int>()); // every order is approved in a task today
        Assert.Equal(0m, b11["autoApprovalRate"]!.GetValue<decimal>());
        var times = b11["timeToDecision"]!;
        Assert.Equal((2, 4.0, 4.0, 5.6), (times["decided"]!.GetValue<int>(), times["averageHours"]!.GetValue<double>(), times["medianHours"]!.GetValue<double>(), times["p90Hours"]!.GetValue<double>()));
        var b21 = Row(orders, "B21");
        Assert.Equal(1, b21["byStatus"]!["CreditBlocked"]!["count"]!.GetValue<int>());
        Assert.Null(b21["autoApprovalRate"]);
        Assert.Equal(0, b21["timeToDecision"]!["decided"]!.GetValue<int>());
        Assert.Null(b21["timeToDecision"]!["medianHours"]);
        Assert.Equal(3, orders["total"]!["orders"]!.GetValue<int>());
        AssertMoney(orders["total"]!["value"]!, "CNY", 3 * SedanMinor);

        var dealerOrders = await GetAsync(host.AsDealer("D2001"), $"/api/v1/statistics/orders?{Period}&groupBy=region");
        Assert.Equal(["R2"], Groups(dealerOrders));
        Assert.Equal(1, dealerOrders["total"]!["orders"]!.GetValue<int>());
        var b11Sales = await host.AsStaffAsync("b11.sales@demo.local");
        var branchOrders = await GetAsync(b11Sales, $"/api/v1/statistics/orders?{Period}");
        Assert.Equal(["D1001"], Groups(branchOrders));
        Assert.Equal(2, branchOrders["total"]!["orders"]!.GetValue<int>());

        var credit = await GetAsync(admin, "/api/v1/statistics/credit?groupBy=branch");
        Assert.Null(credit["from"]);
        Assert.Equal(["B21"], Groups(credit));
        AssertCredit(Row(credit, "B21"), blockedOrders: 1, blockedAccounts: 1, open: 1, overdue: 0);
        AssertMoney(Row(credit, "B21")["creditBlockedValue"]!, "CNY", SedanMinor);
        var branchCredit = await GetAsync(b11Sales, "/api/v1/statistics/credit");
        Assert.Empty(branchCredit["rows"]!.AsArray());
        AssertCredit(branchCredit["total"]!, blockedOrders: 0, blockedAccounts: 0, open: 0, overdue: 0);

        var tasks = await GetAsync(admin, "/api/v1/statistics/tasks?groupBy=branch");
        Assert.Equal(["B11", "B21"], Groups(tasks));
        Assert.Equal((1, 0), Counts(Row(tasks, "B11")["byCaseType"]!["claim"]!));
        Assert.Equal(["claim"], Row(tasks, "B11")["byCaseType"]!.AsObject().Select(c => c.Key));
        Assert.Equal((1, 0), Counts(Row(tasks, "B21")["byCaseType"]!["order"]!));
        Assert.Equal((2, 0), Counts(tasks["total"]!));

        var days = await GetAsync(admin, "/api/v1/statistics/timeline?from=2026-11-22&to=2026-11-25");
        Assert.Equal(["2026-11-22", "2026-11-23", "2026-11-24"], Starts(days));
        var monday = days["buckets"]!.AsArray()[1]!;
        Assert.Equal((1, 3), (monday["claims"]!.GetValue<int>(), monday["orders"]!.GetValue<int>()));
        Assert.Equal(1, monday["claimsByStatus"]!["PendingReview"]!.GetValue<int>());
        Assert.Equal(["Approved", "CreditBlocked", "Rejected"], monday["ordersByStatus"]!.AsObject().Select(s => s.Key));
        Assert.Equal(0, days["buckets"]!.AsArray()[0]!["orders"]!.GetValue<int>());
        Assert.Empty(days["buckets"]!.AsArray()[2]!["ordersByStatus"]!.AsObject());
        var weeks = await GetAsync(admin, "/api/v1/statistics/timeline?from=2026-11-20&to=2026-12-01&bucket=week");
        Assert.Equal(["2026-11-16", "2026-11-23", "2026-11-30"], Starts(weeks));
        Assert.Equal(3, weeks["buckets"]!.AsArray()[1]!["orders"]!.GetValue<int>());
        var dealerDays = await GetAsync(host.AsDealer("D2001"), "/api/v1/statistics/timeline?from=2026-11-23&to=2026-11-24");
        Assert.Equal((0, 1), (dealerDays["buckets"]!.AsArray()[0]!["claims"]!.GetValue<int>(), dealerDays["buckets"]!.AsArray()[0]!["orders"]!.GetValue<int>()));

        // Three days on (no timer fired): the claim review (P2D) and the credit decision (P2D) are overdue.
        host.Clock.Advance(TimeSpan.FromDays(3));
        admin = await host.AsStaffAsync("admin@demo.local");
        tasks = await GetAsync(admin, "/api/v1/statistics/tasks?groupBy=branch");
        Assert.Equal((1, 1), Counts(Row(tasks, "B11")));
        Assert.Equal((1, 1), Counts(Row(tasks, "B21")["byCaseType"]!["order"]!));
        AssertCredit(Row(await GetAsync(admin, "/api/v1/statistics/credit?groupBy=branch"), "B21"), blockedOrders: 1, blockedAccounts: 1, open: 1, overdue: 1);
        var dealerTasks = await GetAsync(host.AsDealer("D2001"), "/api/v1/statistics/tasks");
        Assert.Equal(["D2001"], Groups(dealerTasks));
        Assert.Equal((1, 1), Counts(dealerTasks["total"]!));
    }

    /// <summary>The scene of the class summary, at the fixture's "today" (09:00 UTC on Monday 2026-11-23).</summary>
    private async Task ArrangeAsync()
    {
        var d1001 = host.AsDealer("D1001");
        var approved = await OrderApi.CreateAsync(d1001, OrderApi.Order("vehicle", "VO-STAT-1", ("SEDAN-A", 1)));
        var rejected = await OrderApi.CreateAsync(d1001, OrderApi.Order("vehicle", "VO-STAT-2", ("SEDAN-A", 1)));
        await OrderApi.CreateAsync(d1001, OrderApi.Order("vehicle", "VO-STAT-DRAFT", ("SEDAN-A", 1))); // never submitted: not counted
        Assert.Equal("PendingApproval", OrderApi.Status(await OrderApi.SubmitAsync(d1001, approved)));
        Assert.Equal("PendingApproval", OrderApi.Status(await OrderApi.SubmitAsync(d1001, rejected)));
        await d1001.PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.CatalyticConverter("ST-ORD-1"))).ExpectAsync(HttpStatusCode.Created);

        var creditManager = await host.AsStaffAsync("hq.credit@demo.local");
        await creditManager.PostJsonAsync("/api/v1/credit/accounts/D2001/block", """{"reason":"cheque returned"}""").ExpectAsync(HttpStatusCode.OK);
        var d2001 = host.AsDealer("D2001");
        var blocked = await OrderApi.CreateAsync(d2001, OrderApi.Order("vehicle", "VO-STAT-3", ("SEDAN-A", 1)));
        Assert.Equal("CreditBlocked", OrderApi.Status(await OrderApi.SubmitAsync(d2001, blocked)));

        var b11Sales = await host.AsStaffAsync("b11.sales@demo.local");
        host.Clock.Advance(TimeSpan.FromHours(2));
        await b11Sales.PostJsonAsync($"/api/v1/orders/{approved}/approve", """{"comment":"ok"}""").ExpectAsync(HttpStatusCode.OK);
        host.Clock.Advance(TimeSpan.FromHours(4));
        await b11Sales.PostJsonAsync($"/api/v1/orders/{rejected}/reject", """{"reasonCode":"STOCK","comment":"sold out"}""").ExpectAsync(HttpStatusCode.OK);
    }

    private static async Task<JsonObject> GetAsync(HttpClient client, string url) =>
        await (await client.GetAsync(url, Ct)).ExpectAsync(HttpStatusCode.OK);

    private static (int Open, int Overdue) Counts(JsonNode counts) => (counts["open"]!.GetValue<int>(), counts["overdue"]!.GetValue<int>());

    private static string[] Starts(JsonObject timeline) => [.. timeline["buckets"]!.AsArray().Select(b => b!["start"]!.GetValue<string>())];

    private static void AssertCredit(JsonNode row, int blockedOrders, int blockedAccounts, int open, int overdue) =>
        Assert.Equal(
            (blockedOrders, blockedAccounts, open, overdue),
            (row["creditBlockedOrders"]!.GetValue<int>(), row["manuallyBlockedAccounts"]!.GetValue<int>(), row["openCreditDecisions"]!.GetValue<int>(), row["overdueCreditDecisions"]!.GetValue<int>()));
}
