using System.Net;
using WorkflowDms.Application.Recalls;
using WorkflowDms.Host.Tests.Infrastructure;
using WorkflowDms.Host.Tests.Recalls;

namespace WorkflowDms.Host.Tests.Security;

/// <summary>
/// Recall objects: draft campaigns of HQ (outsiders: dealer D2001 and the R2 recall manager, whose scope does not
/// hold HQ's campaigns) with an import, and a recall claim of D1001 (outsiders: D2001, the R2 recall manager).
/// </summary>
internal static partial class OwnedObjectFactories
{
    private static int recallSequence;

    private static void RegisterRecalls(OwnedObjectRegistry registry)
    {
        registry.Add("GET", "/api/v1/recalls/{id}", c => DraftCampaignAsync(c, null, dealerOutsider: true));
        registry.Add("GET", "/api/v1/recalls/{id}/completion", c => DraftCampaignAsync(c, null, dealerOutsider: true));
        registry.Add("GET", "/api/v1/recalls/{id}/imports", c => DraftCampaignAsync(c, null, dealerOutsider: false));
        registry.Add("POST", "/api/v1/recalls/{id}/imports", c => DraftCampaignAsync(c, $$"""{"vehicles":[{"vin":"{{RecallDemoSeed.Vin(9)}}"}]}""", dealerOutsider: false));
        registry.Add("POST", "/api/v1/recalls/{id}/vin-range", c => DraftCampaignAsync(c, ApiClient.Serialize(new { firstVin = RecallDemoSeed.Vin(1), lastVin = RecallDemoSeed.Vin(5) }), dealerOutsider: false));
        registry.Add("POST", "/api/v1/recalls/{id}/launch", c => DraftCampaignAsync(c, "{}", dealerOutsider: false));
        registry.Add("POST", "/api/v1/recalls/{id}/launch-conditions", c => DraftCampaignAsync(c, """{"partsAvailabilityPercent":85}""", dealerOutsider: false));
        registry.Add("POST", "/api/v1/recalls/{id}/close", c => DraftCampaignAsync(c, """{"reason":"matrix"}""", dealerOutsider: false));
        registry.Add("POST", "/api/v1/recalls/{id}/supersede", c => DraftCampaignAsync(c, """{"supersededBy":"RC-2026-001"}""", dealerOutsider: false));
        registry.Add("POST", "/api/v1/recalls/{id}/vehicles/{vin}/disposition", async c =>
        {
            var owned = await DraftCampaignAsync(c, """{"status":"Excluded","reason":"matrix"}""", dealerOutsider: false);
            return owned with { RouteValues = new Dictionary<string, string>(owned.RouteValues) { ["vin"] = RecallDemoSeed.Vin(9) } };
        });
        registry.Add(
            [("GET", "/api/v1/recalls/{id}/imports/{importId}"), ("GET", "/api/v1/recalls/{id}/imports/{importId}/rejections")],
            ImportAsync);
        registry.Add("GET", "/api/v1/recall-claims/{id}", c => RecallClaimAsync(c, null, dealerOutsider: true));
        registry.Add("POST", "/api/v1/recall-claims/{id}/decision", c => RecallClaimAsync(c, """{"decision":"approve"}""", dealerOutsider: false));
    }

    private static async Task<(string Id, string Number, HttpClient Manager)> NewDraftCampaignAsync(MatrixContext c)
    {
        var manager = await c.StaffAsync(RecallDemoSeed.ManagerEmail);
        var number = $"RC-MX-{Interlocked.Increment(ref recallSequence)}";
        var id = await RecallApi.CreateCampaignAsync(manager, number, DateOnly.FromDateTime(HostFixture.Today.UtcDateTime).AddYears(1));
        return (id, number, manager);
    }

    private static async Task<OwnedObject> DraftCampaignAsync(MatrixContext c, string? body, bool dealerOutsider)
    {
        var (id, number, _) = await NewDraftCampaignAsync(c);
        var outsiders = new List<HttpClient> { await c.StaffAsync(RecallDemoSeed.RegionManagerEmail) };
        if (dealerOutsider)
        {
            outsiders.Add(c.Dealer("D2001"));
        }

        return new OwnedObject(Id(id), outsiders, [number, "Test campaign"], body);
    }

    private static async Task<OwnedObject> ImportAsync(MatrixContext c)
    {
        var (id, number, manager) = await NewDraftCampaignAsync(c);
        var import = await RecallApi.PostCsvAsync(manager, $"/api/v1/recalls/{id}/imports", "NOT-A-VIN").ExpectAsync(HttpStatusCode.Accepted);
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["id"] = id, ["importId"] = import["id"]!.GetValue<string>() };
        return new OwnedObject(values, [await c.StaffAsync(RecallDemoSeed.RegionManagerEmail)], [number, "NOT-A-VIN"]);
    }

    /// <summary>A D1001 recall claim with related damage (held for review) on a D1001 vehicle of RC-2026-001.</summary>
    private static async Task<OwnedObject> RecallClaimAsync(MatrixContext c, string? body, bool dealerOutsider)
    {
        var sequence = Interlocked.Increment(ref recallSequence);
        var vin = RecallDemoSeed.Vin(3 * (20 + sequence)); // n % 3 == 0: a D1001 vehicle; 60.. stay clear of other tests' VINs
        var order = $"RO-MX-{sequence}";
        var claim = await c.Dealer("D1001").PostJsonAsync("/api/v1/recall-claims",
            RecallApi.Claim(RecallDemoSeed.ActiveCampaign, vin, DateOnly.FromDateTime(HostFixture.Today.UtcDateTime), order, relatedDamage: true))
            .ExpectAsync(HttpStatusCode.Created);
        var outsiders = new List<HttpClient> { await c.StaffAsync(RecallDemoSeed.RegionManagerEmail) };
        if (dealerOutsider)
        {
            outsiders.Add(c.Dealer("D2001"));
        }

        return new OwnedObject(Id(claim["id"]!.GetValue<string>()), outsiders, [order, vin, "D1001"], body);
    }
}
