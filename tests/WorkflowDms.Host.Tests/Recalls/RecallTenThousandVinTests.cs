using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Recalls;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Host.Tests.Infrastructure;
using WorkflowDms.Persistence;

namespace WorkflowDms.Host.Tests.Recalls;

/// <summary>
/// Issue 3 acceptance: a campaign over an imported list of 10,000 VINs. The import registers the vehicles as
/// stock of D1001 (4,000), D1002 (3,000, a sub-dealer of D1001) and D2001 (3,000) through its
/// createMissingVehicles option, runs in batches with visible progress, and rejects bad lines per line; then the
/// dealers' open lists, a recall claim, the completion rates, the exceptions and the isolation are checked.
/// </summary>
public sealed class RecallTenThousandVinTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Number = "RC-TEST-10K";
    private const int VinCount = 10_000;

    private static string Vin(int n) => RecallDemoSeed.WithCheckDigit("LSVTS3B7", "TN", n);

    private static string DealerOf(int n) => (n % 10) switch { < 4 => "D1001", < 7 => "D1002", _ => "D2001" };

    [Fact]
    public async Task TenThousandVinCampaign_ImportsWithProgress_ListsPerDealer_ClaimsRemedy_ReportsCompletion_AndRefusesExceptions()
    {
        var manager = await RecallApi.ManagerAsync(host);
        var today = DateOnly.FromDateTime(HostFixture.Today.UtcDateTime);
        var campaignId = await RecallApi.CreateCampaignAsync(manager, Number, today.AddYears(1));

        // 10,000 good lines plus four bad ones: a malformed VIN, a wrong check digit, an unknown dealer, a duplicate.
        var csv = new StringBuilder("vin,dealerCode,productionDate,modelGroup\n");
        for (var n = 1; n <= VinCount; n++)
        {
            csv.Append(Vin(n)).Append(',').Append(DealerOf(n)).Append(",2026-01-15,SUV-T\n");
        }

        var wrongCheckDigit = Vin(VinCount + 1).Remove(8, 1).Insert(8, Vin(VinCount + 1)[8] == '1' ? "2" : "1");
        csv.Append("NOT-A-VIN,D1001,2026-01-15,SUV-T\n")
            .Append(wrongCheckDigit).Append(",D1001,2026-01-15,SUV-T\n")
            .Append(Vin(VinCount + 2)).Append(",D9999,2026-01-15,SUV-T\n")
            .Append(Vin(1)).Append(",D1001,2026-01-15,SUV-T\n");

        var clock = Stopwatch.StartNew();
        var queued = await RecallApi.PostCsvAsync(manager, $"/api/v1/recalls/{campaignId}/imports?createMissingVehicles=true", csv.ToString())
            .ExpectAsync(HttpStatusCode.Accepted);
        Assert.Equal(VinCount + 4, queued["total"]!.GetValue<int>());
        Assert.Equal("Queued", queued["status"]!.GetValue<string>());
        var importId = queued["id"]!.GetValue<string>();

        var (readings, final) = await RecallApi.WaitForImportAsync(manager, campaignId, importId);
        var importSeconds = clock.Elapsed.TotalSeconds;

        Assert.Equal("Completed", final["status"]!.GetValue<string>());
        Assert.Equal((VinCount + 4, VinCount + 4, VinCount, 4), (final["total"]!.GetValue<int>(), final["processed"]!.GetValue<int>(), final["accepted"]!.GetValue<int>(), final["rejected"]!.GetValue<int>()));
        Assert.Equal(100m, final["percentDone"]!.GetValue<decimal>());
        var processed = readings.Select(r => r["processed"]!.GetValue<int>()).ToList();
        Assert.Equal(processed.Order(), processed); // progress only moves forward
        Assert.True(importSeconds < 45, $"import took {importSeconds:F1} s");

        // Progress was committed batch by batch (one audit entry per batch of 1,000), not in one long transaction.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkflowDmsDbContext>();
            var progress = await db.AuditEntries.CountAsync(a => a.Action == AuditAction.ImportProgressed && a.Subject == "recall:" + campaignId, TestContext.Current.CancellationToken);
            Assert.Equal(1 + 11, progress); // queued + 11 batches for 10,004 lines
        }

        var rejections = (await (await manager.GetAsync($"/api/v1/recalls/{campaignId}/imports/{importId}/rejections", TestContext.Current.CancellationToken))
            .Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("Invalid VIN", rejections, StringComparison.Ordinal);
        Assert.Contains("check digit", rejections, StringComparison.Ordinal);
        Assert.Contains("Unknown dealer code 'D9999'", rejections, StringComparison.Ordinal);
        Assert.Contains("already in this campaign", rejections, StringComparison.Ordinal);

        var campaign = await RecallApi.GetAsync(manager, $"/api/v1/recalls/{campaignId}");
        Assert.Equal(("Defined", VinCount), (campaign["status"]!.GetValue<string>(), campaign["affectedVehicles"]!.GetValue<int>()));

        // Not published yet: dealers see neither the campaign nor its vehicles.
        await (await host.AsDealer("D2001").GetAsync($"/api/v1/recalls/{campaignId}", TestContext.Current.CancellationToken)).ExpectProblemAsync(HttpStatusCode.NotFound);

        var launched = await manager.PostJsonAsync($"/api/v1/recalls/{campaignId}/launch", "{}").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Active", launched["status"]!.GetValue<string>());
        Assert.Equal("alert", launched["lastRuleResult"]!["decision"]!.GetValue<string>()); // R-05 owner notice; no launch block

        // Each dealer sees exactly the open campaign vehicles in its subtree, all under stop-sale (unsold stock).
        var d2001 = host.AsDealer("D2001");
        var d2001List = await RecallApi.AllOpenVehiclesAsync(d2001, campaignId);
        Assert.Equal(3_000, d2001List.Count);
        Assert.All(d2001List, v => Assert.Equal("D2001", v["dealerCode"]!.GetValue<string>()));
        Assert.All(d2001List, v => Assert.True(v["stopSale"]!.GetValue<bool>()));
        Assert.Equal(d2001List.Select(v => v["vin"]!.GetValue<string>()).Order(StringComparer.Ordinal), d2001List.Select(v => v["vin"]!.GetValue<string>()));
        var d1001View = await RecallApi.GetAsync(host.AsDealer("D1001"), $"/api/v1/recalls/{campaignId}");
        Assert.Equal((7_000, 7_000), (d1001View["affectedVehicles"]!.GetValue<int>(), d1001View["openVehicles"]!.GetValue<int>())); // its own 4,000 and its sub-dealer D1002's 3,000
        var d1002Page = await RecallApi.GetAsync(host.AsDealer("D1002"), $"/api/v1/recalls/open-vehicles?campaignId={campaignId}&limit=500");
        Assert.All(d1002Page["items"]!.AsArray(), v => Assert.Equal("D1002", v!["dealerCode"]!.GetValue<string>()));
        var d1002View = await RecallApi.GetAsync(host.AsDealer("D1002"), $"/api/v1/recalls/{campaignId}");
        Assert.Equal(3_000, d1002View["openVehicles"]!.GetValue<int>());

        // A recall repair claim by D2001 remedies the VIN and lifts its stop-sale.
        var vinAtD2001 = Vin(7);
        var claim = await d2001.PostJsonAsync("/api/v1/recall-claims", RecallApi.Claim(Number, vinAtD2001, today, "RO-7")).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(("Approved", "Remedied"), (claim["status"]!.GetValue<string>(), claim["vehicleStatus"]!.GetValue<string>()));
        Assert.Equal(470.00m, claim["amount"]!.GetValue<decimal>()); // 1.0 h × 120.00 + inflator 350.00
        var advisor = await RecallApi.GetAsync(d2001, $"/api/v1/vehicles/{vinAtD2001}/campaigns");
        Assert.Equal((0, false), (advisor["openCampaigns"]!.GetValue<int>(), advisor["stopSale"]!.GetValue<bool>()));
        Assert.Equal(2_999, (await RecallApi.GetAsync(d2001, $"/api/v1/recalls/{campaignId}"))["openVehicles"]!.GetValue<int>());
        var openAtD2001 = await RecallApi.GetAsync(d2001, $"/api/v1/vehicles/{Vin(17)}/campaigns");
        Assert.Equal((1, true), (openAtD2001["openCampaigns"]!.GetValue<int>(), openAtD2001["stopSale"]!.GetValue<bool>()));

        // D1001 claims for its sub-dealer D1002's vehicle.
        var d1001 = host.AsDealer("D1001");
        var d1001Claim = await d1001.PostJsonAsync("/api/v1/recall-claims", RecallApi.Claim(Number, Vin(4), today, "RO-4")).ExpectAsync(HttpStatusCode.Created);

        // Completion: overall, per region, per dealer; and limited to the caller's scope.
        var completion = await RecallApi.GetAsync(manager, $"/api/v1/recalls/{campaignId}/completion");
        Assert.Equal((VinCount, 2, 0.0002m), (completion["total"]!["affected"]!.GetValue<int>(), completion["total"]!["remedied"]!.GetValue<int>(), completion["total"]!["completionRate"]!.GetValue<decimal>()));
        var byDealer = completion["byDealer"]!.AsArray().ToDictionary(r => r!["code"]!.GetValue<string>(), r => (r!["affected"]!.GetValue<int>(), r["remedied"]!.GetValue<int>(), r["completionRate"]!.GetValue<decimal>()));
        Assert.Equal((4_000, 0, 0m), byDealer["D1001"]);
        Assert.Equal((3_000, 1, 0.0003m), byDealer["D1002"]);
        Assert.Equal((3_000, 1, 0.0003m), byDealer["D2001"]);
        var byRegion = completion["byRegion"]!.AsArray().ToDictionary(r => r!["code"]!.GetValue<string>(), r => (r!["affected"]!.GetValue<int>(), r["remedied"]!.GetValue<int>()));
        Assert.Equal((7_000, 1), byRegion["R1"]);
        Assert.Equal((3_000, 1), byRegion["R2"]);
        var dealerCompletion = await RecallApi.GetAsync(d2001, $"/api/v1/recalls/{campaignId}/completion");
        Assert.Equal((3_000, 1), (dealerCompletion["total"]!["affected"]!.GetValue<int>(), dealerCompletion["total"]!["remedied"]!.GetValue<int>()));
        Assert.Single(dealerCompletion["byDealer"]!.AsArray());

        // Exceptions: duplicate remedy, VIN not in the campaign.
        var duplicate = await d2001.PostJsonAsync("/api/v1/recall-claims", RecallApi.Claim(Number, vinAtD2001, today, "RO-7B")).ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("R-09-vin-already-remedied", duplicate["code"]!.GetValue<string>());
        var seededAtD2001 = RecallDemoSeed.Vin(2); // a demo vehicle of D2001 that is not in this campaign
        var notInCampaign = await d2001.PostJsonAsync("/api/v1/recall-claims", RecallApi.Claim(Number, seededAtD2001, today, "RO-X")).ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("R-08-vin-not-in-campaign", notInCampaign["code"]!.GetValue<string>());

        // Isolation: another dealer's VIN or claim is a 404, like an unknown id.
        await d2001.PostJsonAsync("/api/v1/recall-claims", RecallApi.Claim(Number, Vin(1), today, "RO-1")).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await d2001.GetAsync($"/api/v1/vehicles/{Vin(1)}/campaigns", TestContext.Current.CancellationToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await d2001.GetAsync($"/api/v1/recall-claims/{d1001Claim["id"]}", TestContext.Current.CancellationToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await host.AsDealer("D1002").GetAsync($"/api/v1/recall-claims/{d1001Claim["id"]}", TestContext.Current.CancellationToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await d2001.GetAsync($"/api/v1/recall-claims/{claim["id"]}", TestContext.Current.CancellationToken)).ExpectAsync(HttpStatusCode.OK);
        await (await d2001.GetAsync($"/api/v1/recalls/{campaignId}/imports/{importId}", TestContext.Current.CancellationToken)).ExpectProblemAsync(HttpStatusCode.Forbidden);

        // Superseded: claims are refused with the superseding campaign's number.
        var oldId = await RecallApi.ImportAndLaunchAsync(manager, "RC-TEST-OLD", today.AddYears(1), Enumerable.Range(100, 10).Select(n => Vin(7 + (10 * n))));
        await RecallApi.CreateCampaignAsync(manager, "RC-TEST-NEW", today.AddYears(2));
        var superseded = await manager.PostJsonAsync($"/api/v1/recalls/{oldId}/supersede", ApiClient.Serialize(new { supersededBy = "RC-TEST-NEW" })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(("Superseded", "RC-TEST-NEW"), (superseded["status"]!.GetValue<string>(), superseded["supersededBy"]!.GetValue<string>()));
        var redirected = await d2001.PostJsonAsync("/api/v1/recall-claims", RecallApi.Claim("RC-TEST-OLD", Vin(1007), today, "RO-OLD")).ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("R-10-campaign-superseded", redirected["code"]!.GetValue<string>());
        Assert.Contains("RC-TEST-NEW", redirected["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        await manager.PostJsonAsync($"/api/v1/recalls/{oldId}/close", ApiClient.Serialize(new { reason = "again" })).ExpectProblemAsync(HttpStatusCode.Conflict);

        // Expired: a campaign ending in five days; a repair claimed after that is refused.
        await RecallApi.ImportAndLaunchAsync(manager, "RC-TEST-EXP", today.AddDays(5), Enumerable.Range(200, 10).Select(n => Vin(7 + (10 * n))));
        host.Clock.Advance(TimeSpan.FromDays(10));
        var expired = await d2001.PostJsonAsync("/api/v1/recall-claims", RecallApi.Claim("RC-TEST-EXP", Vin(2007), today.AddDays(8), "RO-EXP")).ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("R-08-campaign-expired", expired["code"]!.GetValue<string>());
        await d2001.PostJsonAsync("/api/v1/recall-claims", RecallApi.Claim("RC-TEST-EXP", Vin(2017), today.AddDays(5), "RO-EXP-2")).ExpectAsync(HttpStatusCode.Created);
    }
}
