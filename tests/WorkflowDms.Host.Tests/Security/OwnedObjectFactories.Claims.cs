using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Security;

/// <summary>Warranty claims owned by D1001 (region R1); outsiders: dealer D2001 and, on staff routes, b21.reviewer.</summary>
internal static partial class OwnedObjectFactories
{
    private static int claimSequence;

    private static void RegisterClaims(OwnedObjectRegistry registry)
    {
        registry.Add("GET", "/api/v1/claims/{id}", async c => await ClaimAsync(c, body: null, dealerOutsider: true, staffOutsider: true));
        registry.Add("POST", "/api/v1/claims/{id}/resubmit", async c =>
            await ClaimAsync(c, ApiClient.Serialize(DemoClaims.CatalyticConverter("MX-RS", hours: 3.5m, comment: "x")), dealerOutsider: true, staffOutsider: false));
        registry.Add("POST", "/api/v1/claims/{id}/parts-shipment", async c =>
            await ClaimAsync(c, """{"carrier":"SF Express","trackingNumber":"SF123"}""", dealerOutsider: true, staffOutsider: false));
        registry.Add("POST", "/api/v1/claims/{id}/parts-receipt", async c => await ClaimAsync(c, body: null, dealerOutsider: false, staffOutsider: true));
        registry.Add("POST", "/api/v1/claims/{id}/line-decisions", async c =>
            await ClaimAsync(c, """{"lines":[{"lineNumber":1,"decision":"approve"}]}""", dealerOutsider: false, staffOutsider: true));
        registry.Add("POST", "/api/v1/claims/{id}/appeal", async c =>
            await ClaimAsync(c, """{"reason":"The part was inspected twice."}""", dealerOutsider: true, staffOutsider: false));
    }

    /// <summary>A D1001 catalytic-converter claim (pending review: a task exists too).</summary>
    private static async Task<OwnedObject> ClaimAsync(MatrixContext c, string? body, bool dealerOutsider, bool staffOutsider)
    {
        var number = $"MX-{Interlocked.Increment(ref claimSequence)}";
        var claim = await c.SubmitClaimAsync(DemoClaims.CatalyticConverter(number));
        var outsiders = new List<HttpClient>();
        if (dealerOutsider)
        {
            outsiders.Add(c.Dealer("D2001"));
        }

        if (staffOutsider)
        {
            outsiders.Add(await c.StaffAsync("b21.reviewer@demo.local"));
        }

        return new OwnedObject(Id(claim["id"]!.GetValue<string>()), outsiders, [number, claim["number"]!.GetValue<string>(), "D1001", "/HQ/R1/", "Nanjing"], body);
    }
}
