using System.Net;
using WorkflowDms.Host.Tests.Claims;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Security;

/// <summary>Pre-authorisations and payment batches owned by D1001 (region R1); outsiders: dealer D2001 and b21.reviewer.</summary>
internal static partial class OwnedObjectFactories
{
    private static void RegisterWarranty(OwnedObjectRegistry registry)
    {
        registry.Add("GET", "/api/v1/pre-authorizations/{id}", async c => await PreAuthorizationAsync(c, body: null, dealerOutsider: true, staffOutsider: true));
        registry.Add("POST", "/api/v1/pre-authorizations/{id}/resubmit", async c =>
            await PreAuthorizationAsync(c, PreAuthorizationTests.Body(PreAuthorizationTests.Vin, 10_800.00m), dealerOutsider: true, staffOutsider: false));
        registry.Add("POST", "/api/v1/pre-authorizations/{id}/decision", async c =>
            await PreAuthorizationAsync(c, """{"decision":"reject","reasonCode":"NEW"}""", dealerOutsider: false, staffOutsider: true));
        registry.Add("GET", "/api/v1/settlement/batches/{id}", PaymentBatchAsync);
    }

    private static async Task<OwnedObject> PreAuthorizationAsync(MatrixContext c, string? body, bool dealerOutsider, bool staffOutsider)
    {
        var pa = await PreAuthorizationTests.RequestAsync(c.Dealer("D1001"), PreAuthorizationTests.Vin, 10_500.00m);
        var outsiders = new List<HttpClient>();
        if (dealerOutsider)
        {
            outsiders.Add(c.Dealer("D2001"));
        }

        if (staffOutsider)
        {
            outsiders.Add(await c.StaffAsync("b21.reviewer@demo.local"));
        }

        return new OwnedObject(Id(pa["id"]!.GetValue<string>()), outsiders, [pa["number"]!.GetValue<string>(), "D1001", "/HQ/R1/", PreAuthorizationTests.Vin], body);
    }

    /// <summary>An auto-approved D1001 wiper claim settled by the HQ supervisor into D1001's batch of the month.</summary>
    private static async Task<OwnedObject> PaymentBatchAsync(MatrixContext c)
    {
        await c.SubmitClaimAsync(WarrantyApi.Wiper("MX-PB-1", "LSVAU2180M2100003", 7_000));
        var supervisor = await c.StaffAsync("hq.supervisor@demo.local");
        var batches = await supervisor.PostJsonAsync("/api/v1/settlement/batches", """{"period":"2026-11"}""").ArrayAsync(HttpStatusCode.Created);
        var batch = batches.Single(b => b!["dealerCode"]!.GetValue<string>() == "D1001")!;
        return new OwnedObject(Id(batch["id"]!.GetValue<string>()), [c.Dealer("D2001"), await c.StaffAsync("b21.reviewer@demo.local")],
            [batch["number"]!.GetValue<string>(), "D1001", "/HQ/R1/"]);
    }
}
