using WorkflowDms.Host.Tests.Returns;

namespace WorkflowDms.Host.Tests.Security;

/// <summary>Parts returns owned by D1001 (branch B11); outsiders: dealer D2001 and, on staff routes, the B21 parts manager.</summary>
internal static partial class OwnedObjectFactories
{
    private static void RegisterReturns(OwnedObjectRegistry registry)
    {
        registry.Add("GET", "/api/v1/returns/{id}", async c => await ReturnAsync(c, body: null, dealerOutsider: true, staffOutsider: true));
        registry.Add("POST", "/api/v1/returns/{id}/shipment", async c => await ReturnAsync(c, """{"carrier":"SF Express","trackingNumber":"SF123"}""", dealerOutsider: true, staffOutsider: false));
        registry.Add("POST", "/api/v1/returns/{id}/cancel", async c => await ReturnAsync(c, """{"comment":"x"}""", dealerOutsider: true, staffOutsider: false));
        registry.Add("POST", "/api/v1/returns/{id}/receipt", async c => await ReturnAsync(c, body: null, dealerOutsider: false, staffOutsider: true));
        registry.Add("PUT", "/api/v1/returns/{id}/inspection", async c =>
            await ReturnAsync(c, """{"lines":[{"lineNumber":1,"acceptedQuantity":1}]}""", dealerOutsider: false, staffOutsider: true));
    }

    /// <summary>A D1001 return of one brake disc, waiting for the parts manager's approval.</summary>
    private static async Task<OwnedObject> ReturnAsync(MatrixContext c, string? body, bool dealerOutsider, bool staffOutsider)
    {
        var request = await c.Dealer("D1001").RequestAsync(ReturnsApi.Request(c.Host, discs: 1, filters: 0));
        var outsiders = new List<HttpClient>();
        if (dealerOutsider)
        {
            outsiders.Add(c.Dealer("D2001"));
        }

        if (staffOutsider)
        {
            outsiders.Add(await c.StaffAsync("b21.parts@demo.local"));
        }

        return new OwnedObject(Id(request["id"]!.GetValue<string>()), outsiders, [request["number"]!.GetValue<string>(), "D1001", "/HQ/R1/", "INV-2026-0815"], body);
    }
}
