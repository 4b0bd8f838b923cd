using System.Net;
using WorkflowDms.Application.Orders;
using WorkflowDms.Host.Tests.Infrastructure;
using static WorkflowDms.Host.Tests.Orders.OrderApi;

namespace WorkflowDms.Host.Tests.Orders;

/// <summary>
/// A valid order no delegation-of-authority approver may decide never fails with a workflow error: the parts matrix
/// has a level above the HQ parts managers, and an order with no eligible approver at all (hq.sales enters a vehicle
/// order for D2001: B21 has no sales manager and four-eyes rules out the only HQ one) is held with reason NOA and
/// handed to HQ. No staff are added here, so the gap stays open in every test of this class.
/// </summary>
public sealed class OrderNoApproverTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task PartsOrderOfTheOnlyHqPartsManager_GoesToThePartsSupervisor()
    {
        var parts = await host.AsStaffAsync("hq.parts@demo.local");
        var id = await CreateAsync(parts, OrderFor("D2001", "parts", "NA-P1", ("PN-2002", 10)));
        var order = await SubmitAsync(parts, id);

        Assert.Equal(("PendingApproval", 800m), (Status(order), order["total"]!.GetValue<decimal>()));
        Assert.Null(await FindTaskAsync(parts, id));
        var supervisor = await host.AsStaffAsync("hq.parts-supervisor@demo.local");
        Assert.NotNull(await FindTaskAsync(supervisor, id));
        Assert.Equal("Approved", Status(await supervisor.PostJsonAsync($"/api/v1/orders/{id}/approve", "").ExpectAsync(HttpStatusCode.OK)));
    }

    [Fact]
    public async Task OrderNobodyMayApprove_IsHeldWithNoa_AndHqAdminsGetTheGapTask()
    {
        var sales = await host.AsStaffAsync("hq.sales@demo.local");
        var id = await CreateAsync(sales, OrderFor("D2001", "vehicle", "NA-V1", ("SEDAN-A", 1)));
        var held = await SubmitAsync(sales, id);

        Assert.Equal(("OnHold", "NOA"), (Status(held), held["holdReasonCode"]!.GetValue<string>()));
        Assert.Contains("delegation-of-authority", held["decisionComment"]!.GetValue<string>(), StringComparison.Ordinal);
        var seenByDealer = await GetAsync(host.AsDealer("D2001"), id);
        Assert.Equal(["adjust", "cancel"], seenByDealer["permittedActions"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.DoesNotContain("BPMN", seenByDealer.ToJsonString(), StringComparison.OrdinalIgnoreCase);

        // The creator is the only HQ sales manager, so the HQ admins resolve the gap; four-eyes keeps him out.
        Assert.Null(await FindTaskAsync(sales, id));
        var admin = await host.AsStaffAsync("admin@demo.local");
        var gap = await FindTaskAsync(admin, id);
        Assert.Equal(OrderKeys.ApprovalGapTaskElement, gap!["elementId"]!.GetValue<string>());

        // The gap task cannot approve; with nobody to route to, a reroute holds the order again.
        await admin.PostJsonAsync($"/api/v1/tasks/{gap["id"]}/complete", """{"decision":"approve"}""").ExpectProblemAsync(HttpStatusCode.BadRequest);
        await admin.PostJsonAsync($"/api/v1/tasks/{gap["id"]}/complete", """{"decision":"reroute"}""").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("OnHold", Status(await GetAsync(sales, id)));
        var again = await FindTaskAsync(admin, id);
        Assert.NotEqual(gap["id"]!.GetValue<string>(), again!["id"]!.GetValue<string>());

        await admin.PostJsonAsync($"/api/v1/tasks/{again["id"]}/complete", """{"decision":"reject"}""").ExpectProblemAsync(HttpStatusCode.BadRequest);
        await admin.PostJsonAsync($"/api/v1/tasks/{again["id"]}/complete", """{"decision":"reject","reasonCode":"NOA","comment":"no vehicle approver for B21 yet"}""")
            .ExpectAsync(HttpStatusCode.OK);
        var rejected = await GetAsync(host.AsDealer("D2001"), id);
        Assert.Equal(("Rejected", "NOA"), (Status(rejected), rejected["decisionReasonCode"]!.GetValue<string>()));
        Assert.Equal(["Draft->Submitted", "Submitted->OnHold", "OnHold->OnHold", "OnHold->Rejected"], await StatusTrailAsync(host, $"order:{id}"));
    }

    [Fact]
    public async Task OrderHeldForAnApprover_TheDealerMayStillCancel()
    {
        var sales = await host.AsStaffAsync("hq.sales@demo.local");
        var id = await CreateAsync(sales, OrderFor("D2001", "vehicle", "NA-V2", ("SEDAN-A", 1)));
        Assert.Equal("OnHold", Status(await SubmitAsync(sales, id)));

        var dealer = host.AsDealer("D2001");
        var cancelled = await dealer.PostJsonAsync($"/api/v1/orders/{id}/cancel", """{"comment":"ordered elsewhere"}""").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Cancelled", Status(cancelled));
        Assert.Null(await FindTaskAsync(await host.AsStaffAsync("admin@demo.local"), id));
    }
}
