using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Recalls;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Host.Tests.Infrastructure;
using WorkflowDms.Persistence;

namespace WorkflowDms.Host.Tests.Recalls;

/// <summary>The demo campaigns: the launch gate holding RC-2026-002, the completion check, a claim held for related damage (W-41), dispositions and bad input.</summary>
public sealed class RecallLaunchAndReviewTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(HostFixture.Today.UtcDateTime);

    [Fact]
    public async Task HeldLaunch_IsBlockedByPartsAvailability_ThenReleasedByNewLaunchConditions_AndCheckedMonthly()
    {
        var manager = await RecallApi.ManagerAsync(host);
        var id = await CampaignIdAsync(manager, RecallDemoSeed.HeldCampaign);

        var held = await manager.PostJsonAsync($"/api/v1/recalls/{id}/launch", "{}").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("DealersNotified", held["status"]!.GetValue<string>());
        Assert.Equal("block", held["lastRuleResult"]!["decision"]!.GetValue<string>());
        Assert.Contains(held["lastRuleResult"]!["firedRules"]!.AsArray(), r => r!["rule"]!.GetValue<string>() == "R-06-parts-availability-below-minimum");
        await manager.PostJsonAsync($"/api/v1/recalls/{id}/launch", "{}").ExpectProblemAsync(HttpStatusCode.Conflict);

        // Published: dealers see it and its stop-sale stock, but cannot claim before launch (W-39).
        var d2001 = host.AsDealer("D2001");
        await RecallApi.GetAsync(d2001, $"/api/v1/recalls/{id}");
        var stock = await RecallApi.GetAsync(d2001, $"/api/v1/recalls/open-vehicles?campaignId={id}&stopSale=true");
        var stockVin = stock["items"]!.AsArray()[0]!["vin"]!.GetValue<string>();
        Assert.All(stock["items"]!.AsArray(), v => Assert.Equal("D2001", v!["dealerCode"]!.GetValue<string>()));
        var early = await d2001.PostJsonAsync("/api/v1/recall-claims", RecallApi.Claim(RecallDemoSeed.HeldCampaign, stockVin, Today, "RO-EARLY")).ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("W-39-campaign-not-released", early["code"]!.GetValue<string>());

        var released = await manager.PostJsonAsync($"/api/v1/recalls/{id}/launch-conditions", ApiClient.Serialize(new { partsAvailabilityPercent = 85 })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Active", released["status"]!.GetValue<string>());
        await d2001.PostJsonAsync("/api/v1/recall-claims", RecallApi.Claim(RecallDemoSeed.HeldCampaign, stockVin, Today, "RO-LATE")).ExpectAsync(HttpStatusCode.Created);

        host.Clock.Advance(TimeSpan.FromDays(31));
        await host.Services.GetRequiredService<DueTimerFirer>().FireDueAsync(TestContext.Current.CancellationToken);

        var steps = await AuditStepsAsync(id);
        Assert.Equal(["notify-dealers", "launch-held", "launch", "notify-owners", "remedy", "completion-check"], steps);

        manager = await RecallApi.ManagerAsync(host); // a fresh token: a month has passed
        await manager.PostJsonAsync($"/api/v1/recalls/{id}/close", ApiClient.Serialize(new { reason = "remedy complete" })).ExpectAsync(HttpStatusCode.OK);
        host.Clock.Advance(TimeSpan.FromDays(31));
        await host.Services.GetRequiredService<DueTimerFirer>().FireDueAsync(TestContext.Current.CancellationToken);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDmsDbContext>();
        var instance = await db.WorkflowInstances.SingleAsync(w => w.BusinessKey == "recall:" + id, TestContext.Current.CancellationToken);
        Assert.Equal("Completed", instance.Status);
        var afterClose = await RecallApi.GetAsync(d2001, $"/api/v1/recalls/open-vehicles?campaignId={id}");
        Assert.Empty(afterClose["items"]!.AsArray());
    }

    [Fact]
    public async Task RelatedDamageClaim_IsHeldForReview_AndApprovalRemediesTheVin()
    {
        var dealer = host.AsDealer("D1001");
        var vin = RecallDemoSeed.Vin(3); // D1001 stock, under stop-sale in RC-2026-001
        var held = await dealer.PostJsonAsync("/api/v1/recall-claims", RecallApi.Claim(RecallDemoSeed.ActiveCampaign, vin, Today, "RO-DMG", relatedDamage: true)).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(("PendingReview", "Open"), (held["status"]!.GetValue<string>(), held["vehicleStatus"]!.GetValue<string>()));
        var claimId = held["id"]!.GetValue<string>();

        await dealer.PostJsonAsync($"/api/v1/recall-claims/{claimId}/decision", ApiClient.Serialize(new { decision = "approve" })).ExpectProblemAsync(HttpStatusCode.Forbidden);
        var manager = await RecallApi.ManagerAsync(host);
        var approved = await manager.PostJsonAsync($"/api/v1/recall-claims/{claimId}/decision", ApiClient.Serialize(new { decision = "approve", comment = "bumper scratch is ours" })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(("Approved", "Remedied"), (approved["status"]!.GetValue<string>(), approved["vehicleStatus"]!.GetValue<string>()));
        await manager.PostJsonAsync($"/api/v1/recall-claims/{claimId}/decision", ApiClient.Serialize(new { decision = "reject", reasonCode = "DC" })).ExpectProblemAsync(HttpStatusCode.Conflict);

        var lookup = await RecallApi.GetAsync(dealer, $"/api/v1/vehicles/{vin}/campaigns");
        Assert.False(lookup["stopSale"]!.GetValue<bool>());
        var list = await RecallApi.GetAsync(dealer, "/api/v1/recall-claims");
        Assert.Contains(list["items"]!.AsArray(), c => c!["id"]!.GetValue<string>() == claimId);
        await (await host.AsDealer("D2001").GetAsync($"/api/v1/recall-claims/{claimId}", TestContext.Current.CancellationToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ExcludedVin_LeavesTheOpenList_AndCannotBeClaimed()
    {
        var manager = await RecallApi.ManagerAsync(host);
        var id = await CampaignIdAsync(manager, RecallDemoSeed.ActiveCampaign);
        var vin = RecallDemoSeed.Vin(6); // D1001, in service

        var excluded = await manager.PostJsonAsync($"/api/v1/recalls/{id}/vehicles/{vin}/disposition", ApiClient.Serialize(new { status = "Excluded", reason = "exported" })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Excluded", excluded["status"]!.GetValue<string>());

        var refused = await host.AsDealer("D1001").PostJsonAsync("/api/v1/recall-claims", RecallApi.Claim(RecallDemoSeed.ActiveCampaign, vin, Today, "RO-EXC")).ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("R-08-vin-excluded", refused["code"]!.GetValue<string>());
        var lookup = await RecallApi.GetAsync(host.AsDealer("D1001"), $"/api/v1/vehicles/{vin}/campaigns");
        Assert.Equal(0, lookup["openCampaigns"]!.GetValue<int>());
    }

    [Fact]
    public async Task BadInput_IsRefusedWithTheField_AndWrongCallersAreTurnedAway()
    {
        var manager = await RecallApi.ManagerAsync(host);
        var missingTitle = await manager.PostJsonAsync("/api/v1/recalls", ApiClient.Serialize(new { number = "RC-BAD", type = "Safety", priority = 1, laborOperationCode = "LOP-RCL-001", expiresOn = "2030-01-01" }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("title", missingTitle["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var badType = await manager.PostJsonAsync("/api/v1/recalls", ApiClient.Serialize(new { number = "RC-BAD", title = "x", type = "Cosmetic", priority = 1, laborOperationCode = "LOP-RCL-001", expiresOn = "2030-01-01" }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("type", badType["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var unknownOperation = await manager.PostJsonAsync("/api/v1/recalls", ApiClient.Serialize(new { number = "RC-BAD", title = "x", type = "Safety", priority = 1, laborOperationCode = "LOP-NOPE", expiresOn = "2030-01-01" }))
            .ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("unknown-labor-operation", unknownOperation["code"]!.GetValue<string>());
        await manager.PostJsonAsync("/api/v1/recalls", ApiClient.Serialize(new { number = RecallDemoSeed.ActiveCampaign, title = "x", type = "Safety", priority = 1, laborOperationCode = "LOP-RCL-001", expiresOn = "2030-01-01" }))
            .ExpectProblemAsync(HttpStatusCode.Conflict);

        var dealer = host.AsDealer("D1001");
        await dealer.PostJsonAsync("/api/v1/recalls", ApiClient.Serialize(new { number = "RC-DEALER" })).ExpectProblemAsync(HttpStatusCode.Forbidden);
        var badVin = await dealer.PostJsonAsync("/api/v1/recall-claims", RecallApi.Claim(RecallDemoSeed.ActiveCampaign, "LSVRC2A50SN100003", Today, "RO-V")).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("vin", badVin["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        await dealer.PostJsonAsync("/api/v1/recall-claims", RecallApi.Claim("RC-NO-SUCH", RecallDemoSeed.Vin(3), Today, "RO-N")).ExpectProblemAsync(HttpStatusCode.NotFound);
        var unknownField = await dealer.PostJsonAsync("/api/v1/recall-claims", "{\"campaignNumber\":\"RC-2026-001\",\"colour\":\"red\"}").ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("colour", unknownField["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        var activeId = await CampaignIdAsync(manager, RecallDemoSeed.ActiveCampaign);
        await RecallApi.PostCsvAsync(manager, $"/api/v1/recalls/{activeId}/imports", RecallDemoSeed.Vin(200)).ExpectProblemAsync(HttpStatusCode.Conflict);
        await RecallApi.PostCsvAsync(manager, $"/api/v1/recalls/{activeId}/imports", "\n\n").ExpectProblemAsync(HttpStatusCode.BadRequest);
        await (await manager.GetAsync("/api/v1/recalls/open-vehicles?after=%%%", TestContext.Current.CancellationToken)).ExpectProblemAsync(HttpStatusCode.BadRequest);
        await (await dealer.GetAsync($"/api/v1/recalls/{Guid.NewGuid()}/completion", TestContext.Current.CancellationToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    private static async Task<string> CampaignIdAsync(HttpClient manager, string number)
    {
        var list = JsonNode.Parse(await (await manager.GetAsync("/api/v1/recalls", TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsArray();
        return list.Single(c => c!["number"]!.GetValue<string>() == number)!["id"]!.GetValue<string>();
    }

    private async Task<List<string>> AuditStepsAsync(string campaignId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDmsDbContext>();
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.Subject == "recall:" + campaignId && (a.Action == AuditAction.CaseStatusChanged || a.Action == AuditAction.CaseUpdated))
            .OrderBy(a => a.Sequence)
            .Select(a => a.DataJson)
            .ToListAsync(TestContext.Current.CancellationToken);
        return entries.Select(e => JsonNode.Parse(e)!["step"]!.GetValue<string>()).Where(s => s != "vin-range-added" && s != "launch-conditions").ToList();
    }
}
