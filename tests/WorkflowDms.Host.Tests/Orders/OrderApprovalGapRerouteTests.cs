using System.Net;
using WorkflowDms.Host.Tests.Infrastructure;
using WorkflowDms.Host.Tests.Platform;
using static WorkflowDms.Host.Tests.Orders.OrderApi;

namespace WorkflowDms.Host.Tests.Orders;

/// <summary>The approval gap closed: HQ staffs a second sales manager, routes the held order again, and he approves it (own fixture: it adds staff).</summary>
public sealed class OrderApprovalGapRerouteTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task HeldOrder_ReroutedAfterHqStaffsAnApprover_IsApprovedByHim()
    {
        var sales = await host.AsStaffAsync("hq.sales@demo.local");
        var id = await CreateAsync(sales, OrderFor("D2001", "vehicle", "GAP-1", ("SEDAN-A", 1)));
        Assert.Equal("OnHold", Status(await SubmitAsync(sales, id)));

        var admin = await host.AsStaffAsync("admin@demo.local");
        await PlatformApi.CreateStaffAsync(admin, "hq.sales2@demo.local", "HQ", ("sales-managers", "HQ"));
        var gap = await FindTaskAsync(admin, id);
        await admin.PostJsonAsync($"/api/v1/tasks/{gap!["id"]}/complete", """{"decision":"reroute","comment":"hq.sales2 joined"}""").ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("PendingApproval", Status(await GetAsync(host.AsDealer("D2001"), id)));
        var second = await host.AsStaffAsync("hq.sales2@demo.local");
        Assert.NotNull(await FindTaskAsync(second, id));
        await sales.PostJsonAsync($"/api/v1/orders/{id}/approve", "").ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        var approved = await second.PostJsonAsync($"/api/v1/orders/{id}/approve", "").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Approved", Status(approved));
        Assert.Equal(["Draft->Submitted", "Submitted->OnHold", "OnHold->PendingApproval", "PendingApproval->Approved"], await StatusTrailAsync(host, $"order:{id}"));
    }
}
