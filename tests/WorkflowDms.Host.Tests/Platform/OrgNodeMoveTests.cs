using System.Net;
using System.Text.Json.Nodes;
using WorkflowDms.Host.Tests.Infrastructure;
using WorkflowDms.Host.Tests.Orders;
using static WorkflowDms.Host.Tests.Platform.PlatformApi;
using static WorkflowDms.Host.Tests.Platform.StatisticsTests;

namespace WorkflowDms.Host.Tests.Platform;

/// <summary>
/// Moving org nodes (own fixture: the tree changes). D1001, with its sub-dealer D1002, moves from branch B11 (region
/// R1) to B21 (region R2): from the commit on, B11's staff no longer see its claims, orders, tasks, exports or
/// statistics and B21's staff do, because every stored org path of the subtree was rewritten with the move.
/// </summary>
public sealed class OrgNodeMoveTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static string Period => $"from={HostFixture.Today.UtcDateTime.AddDays(-1):yyyy-MM-dd}&to={HostFixture.Today.UtcDateTime.AddDays(1):yyyy-MM-dd}";

    [Fact]
    public async Task DealerMovedToAnotherBranch_ItsCasesTasksExportsAndStatisticsFollow_ThenASubDealerIsPromoted()
    {
        var admin = await host.AsStaffAsync("admin@demo.local");
        await CreateStaffAsync(admin, "b11.reviewer@demo.local", "B11", ("warranty-reviewers", "B11"));
        var dealer = host.AsDealer("D1001");
        var reviewed = await dealer.PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.CatalyticConverter("MV-1", hours: 3.5m, comment: "x"))).ExpectAsync(HttpStatusCode.Created);
        var claimId = reviewed["id"]!.GetValue<string>();
        var paid = await dealer.PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.Wiper("MV-2"))).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("ApprovedForPayment", paid["status"]!.GetValue<string>());
        var orderId = await OrderApi.CreateAsync(dealer, OrderApi.Order("vehicle", "MV-O1", ("SEDAN-A", 1)));
        Assert.Equal("PendingApproval", OrderApi.Status(await OrderApi.SubmitAsync(dealer, orderId)));

        var oldReviewer = await host.AsStaffAsync("b11.reviewer@demo.local");
        var oldSales = await host.AsStaffAsync("b11.sales@demo.local");
        var newReviewer = await host.AsStaffAsync("b21.reviewer@demo.local");
        await ExpectSightAsync(oldReviewer, oldSales, sees: true, claimId, orderId);
        await ExpectSightAsync(newReviewer, newReviewer, sees: false, claimId, orderId);

        var node = await NodeIdAsync(admin, "D1001");
        var moved = await admin.PostJsonAsync($"/api/v1/admin/org-nodes/{node}/move", ApiClient.Serialize(new { parentId = await NodeIdAsync(admin, "B21") }))
            .ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(("/HQ/R2/B21/D1001/", 1), (moved["path"]!.GetValue<string>(), moved["tier"]!.GetValue<int>()));
        var nodes = await GetArrayAsync(admin, "/api/v1/admin/org-nodes");
        Assert.Equal("/HQ/R2/B21/D1001/D1002/", nodes.Single(n => n!["code"]!.GetValue<string>() == "D1002")!["path"]!.GetValue<string>());
        var dealers = await GetArrayAsync(admin, "/api/v1/admin/dealers");
        Assert.Equal("/HQ/R2/B21/D1001/", dealers.Single(d => d!["code"]!.GetValue<string>() == "D1001")!["orgPath"]!.GetValue<string>());

        await ExpectSightAsync(oldReviewer, oldSales, sees: false, claimId, orderId);
        await ExpectSightAsync(newReviewer, newReviewer, sees: true, claimId, orderId);
        await newReviewer.PostAsync($"/api/v1/tasks/{(await OrderApi.FindTaskAsync(newReviewer, claimId))!["id"]}/claim", null, Ct).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(["B21"], Groups(await GetObjectAsync(admin, $"/api/v1/statistics/orders?{Period}&groupBy=branch")));
        Assert.Equal(["B21"], Groups(await GetObjectAsync(admin, $"/api/v1/statistics/claims?{Period}&groupBy=branch")));

        // The dealer's key keeps working, now scoped at its new place.
        Assert.Equal("PendingApproval", OrderApi.Status(await OrderApi.GetAsync(dealer, orderId)));
        Assert.Equal(HttpStatusCode.OK, (await dealer.GetAsync($"/api/v1/claims/{claimId}", Ct)).StatusCode);

        var audit = await GetArrayAsync(admin, $"/api/v1/audit?subject=org-node:{node}");
        var entry = audit.Single(e => e!["data"]!["change"]!.GetValue<string>() == "moved")!["data"]!;
        Assert.Equal(("/HQ/R1/B11/D1001/", "/HQ/R2/B21/D1001/", "B11", "B21"),
            (entry["from"]!.GetValue<string>(), entry["to"]!.GetValue<string>(), entry["fromParent"]!.GetValue<string>(), entry["toParent"]!.GetValue<string>()));
        Assert.True(entry["rows"]!["Claims"]!.GetValue<int>() >= 2);

        // A tier-2 sub-dealer becomes a direct (tier-1) dealer of B11 again.
        var promoted = await admin.PostJsonAsync($"/api/v1/admin/org-nodes/{await NodeIdAsync(admin, "D1002")}/move", ApiClient.Serialize(new { parentId = await NodeIdAsync(admin, "B11"), tier = 1 }))
            .ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(("/HQ/R1/B11/D1002/", 1), (promoted["path"]!.GetValue<string>(), promoted["tier"]!.GetValue<int>()));
        var d1002 = (await GetArrayAsync(admin, "/api/v1/admin/dealers")).Single(d => d!["code"]!.GetValue<string>() == "D1002")!;
        Assert.Equal(("/HQ/R1/B11/D1002/", 1), (d1002["orgPath"]!.GetValue<string>(), d1002["tier"]!.GetValue<int>()));
    }

    /// <summary>Whether the reviewer sees the claim, its task and the approved claim's export row, and the order person the order, its task and its statistics.</summary>
    private async Task ExpectSightAsync(HttpClient reviewer, HttpClient orders, bool sees, string claimId, string orderId)
    {
        var expected = sees ? HttpStatusCode.OK : HttpStatusCode.NotFound;
        Assert.Equal(expected, (await reviewer.GetAsync($"/api/v1/claims/{claimId}", Ct)).StatusCode);
        Assert.Equal(sees, await OrderApi.FindTaskAsync(reviewer, claimId) is not null);
        var (header, rows) = await ExportApi.CsvAsync(reviewer, "claims", Period);
        var column = Array.IndexOf(header, "dealerClaimNumber");
        Assert.Equal(sees, rows.Any(r => r[column] == "MV-2"));
        Assert.Equal(sees, Groups(await GetObjectAsync(reviewer, $"/api/v1/statistics/claims?{Period}&groupBy=dealer")).Contains("D1001"));

        Assert.Equal(expected, (await orders.GetAsync($"/api/v1/orders/{orderId}", Ct)).StatusCode);
        Assert.Equal(sees, Groups(await GetObjectAsync(orders, $"/api/v1/statistics/orders?{Period}&groupBy=dealer")).Contains("D1001"));
        if (orders != reviewer)
        {
            Assert.Equal(sees, await OrderApi.FindTaskAsync(orders, orderId) is not null);
        }
    }

    private static async Task<JsonObject> GetObjectAsync(HttpClient client, string url) =>
        await (await client.GetAsync(url, Ct)).ExpectAsync(HttpStatusCode.OK);
}
