using System.Net;
using WorkflowDms.Host.Tests.Infrastructure;
using WorkflowDms.Host.Tests.Orders;

namespace WorkflowDms.Host.Tests.Security;

/// <summary>
/// Parts orders of D1001 (branch B11), each brought to the status its route acts on; outsiders: dealer D2001 and,
/// on routes staff may call, the B21 parts manager (a parts manager like the HQ approver, but of region R2).
/// Parts orders of one PN-2002 pack (800.00) keep D1001's free credit for the other factories.
/// </summary>
internal static partial class OwnedObjectFactories
{
    private static int orderSequence;

    private enum OrderStage
    {
        Draft,
        OnHold,
        PendingApproval,
        Approved,
        Accepted,
        Shipped,
        Delivered,
    }

    private static void RegisterOrders(OwnedObjectRegistry registry)
    {
        const string lines = """{"lines":[{"itemCode":"PN-2002","quantity":20}]}""";
        registry.Add("GET", "/api/v1/orders/{id}", c => OrderAsync(c, OrderStage.Draft, body: null, dealerOutsider: true, staffOutsider: true));
        registry.Add("PUT", "/api/v1/orders/{id}", c => OrderAsync(c, OrderStage.Draft, lines, dealerOutsider: true, staffOutsider: true));
        registry.Add("POST", "/api/v1/orders/{id}/submit", c => OrderAsync(c, OrderStage.Draft, body: null, dealerOutsider: true, staffOutsider: true));
        registry.Add("POST", "/api/v1/orders/{id}/adjust", c => OrderAsync(c, OrderStage.OnHold, lines, dealerOutsider: true, staffOutsider: true));
        registry.Add("POST", "/api/v1/orders/{id}/cancel", c => OrderAsync(c, OrderStage.Draft, """{"comment":"matrix"}""", dealerOutsider: true, staffOutsider: true));
        registry.Add("POST", "/api/v1/orders/{id}/approve", c => OrderAsync(c, OrderStage.PendingApproval, """{"comment":"matrix"}""", dealerOutsider: false, staffOutsider: true));
        registry.Add("POST", "/api/v1/orders/{id}/reject", c =>
            OrderAsync(c, OrderStage.PendingApproval, """{"reasonCode":"STOCK","comment":"matrix"}""", dealerOutsider: false, staffOutsider: true));
        registry.Add("POST", "/api/v1/orders/{id}/accept", c => OrderAsync(c, OrderStage.Approved, body: null, dealerOutsider: false, staffOutsider: true));
        registry.Add("POST", "/api/v1/orders/{id}/ship", c => OrderAsync(c, OrderStage.Accepted, body: null, dealerOutsider: false, staffOutsider: true));
        registry.Add("POST", "/api/v1/orders/{id}/receipt", c => OrderAsync(c, OrderStage.Shipped, body: null, dealerOutsider: true, staffOutsider: false));
        registry.Add("POST", "/api/v1/orders/{id}/close", c => OrderAsync(c, OrderStage.Delivered, body: null, dealerOutsider: false, staffOutsider: true));
    }

    /// <summary>
    /// A D1001 parts order in <paramref name="stage"/>, reached the way the API reaches it: the dealer creates and
    /// submits (one pack below PN-2002's minimum of 10 holds it, MOQ), hq.parts approves (parts DoA at HQ; not the
    /// submitter), accepts and ships, the dealer confirms receipt and the ERP invoices it (so close would succeed).
    /// </summary>
    private static async Task<OwnedObject> OrderAsync(MatrixContext c, OrderStage stage, string? body, bool dealerOutsider, bool staffOutsider)
    {
        var sequence = Interlocked.Increment(ref orderSequence);
        var reference = $"PO-MX-{sequence}";
        var dealer = c.Dealer("D1001");
        var id = await OrderApi.CreateAsync(dealer, OrderApi.Order("parts", reference, ("PN-2002", stage == OrderStage.OnHold ? 5 : 10)));
        if (stage != OrderStage.Draft)
        {
            var submitted = await OrderApi.SubmitAsync(dealer, id);
            Assert.Equal(stage == OrderStage.OnHold ? "OnHold" : "PendingApproval", OrderApi.Status(submitted));
        }

        var parts = await c.StaffAsync("hq.parts@demo.local");
        if (stage >= OrderStage.Approved)
        {
            await parts.PostJsonAsync($"/api/v1/orders/{id}/approve", """{"comment":"matrix"}""").ExpectAsync(HttpStatusCode.OK);
        }

        if (stage >= OrderStage.Accepted)
        {
            await parts.PostJsonAsync($"/api/v1/orders/{id}/accept", "").ExpectAsync(HttpStatusCode.OK);
        }

        if (stage >= OrderStage.Shipped)
        {
            await parts.PostJsonAsync($"/api/v1/orders/{id}/ship", "").ExpectAsync(HttpStatusCode.OK);
        }

        if (stage >= OrderStage.Delivered)
        {
            await dealer.PostJsonAsync($"/api/v1/orders/{id}/receipt", "").ExpectAsync(HttpStatusCode.OK);
            var invoice = ApiClient.Serialize(new { dealerCode = "D1001", invoiceNumber = $"INV-MX-{sequence}", orderId = id, amount = 800m, currency = "CNY" });
            await (await c.StaffAsync("erp@demo.local")).PostJsonAsync("/api/v1/credit/invoices", invoice).ExpectAsync(HttpStatusCode.Created);
        }

        var order = await OrderApi.GetAsync(dealer, id);
        Assert.Equal(stage.ToString(), OrderApi.Status(order));
        var outsiders = new List<HttpClient>();
        if (dealerOutsider)
        {
            outsiders.Add(c.Dealer("D2001"));
        }

        if (staffOutsider)
        {
            outsiders.Add(await c.StaffAsync("b21.parts@demo.local"));
        }

        return new OwnedObject(Id(id), outsiders, [order["number"]!.GetValue<string>(), reference, "D1001", "/HQ/R1/"], body);
    }
}
