using System.Net;
using System.Text.Json.Nodes;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Orders;

/// <summary>Order and credit calls the order and credit tests share.</summary>
internal static class OrderApi
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static string Order(string type, string reference, params (string Item, int Quantity)[] lines) =>
        ApiClient.Serialize(new { orderType = type, dealerReference = reference, lines = lines.Select(l => new { itemCode = l.Item, quantity = l.Quantity }) });

    public static string OrderFor(string dealerCode, string type, string reference, params (string Item, int Quantity)[] lines) =>
        ApiClient.Serialize(new { orderType = type, dealerCode, dealerReference = reference, lines = lines.Select(l => new { itemCode = l.Item, quantity = l.Quantity }) });

    public static async Task<string> CreateAsync(HttpClient client, string body)
    {
        var order = await client.PostJsonAsync("/api/v1/orders", body).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("Draft", Status(order));
        return order["id"]!.GetValue<string>();
    }

    public static Task<JsonObject> SubmitAsync(HttpClient client, string id) =>
        client.PostJsonAsync($"/api/v1/orders/{id}/submit", "").ExpectAsync(HttpStatusCode.OK);

    public static Task<JsonObject> GetAsync(HttpClient client, string id) =>
        client.GetAsync($"/api/v1/orders/{id}", Ct).ExpectAsync(HttpStatusCode.OK);

    public static string Status(JsonObject order) => order["status"]!.GetValue<string>();

    public static async Task<JsonObject> AccountAsync(HttpClient client, string dealer) =>
        await client.GetAsync($"/api/v1/credit/accounts/{dealer}", Ct).ExpectAsync(HttpStatusCode.OK);

    /// <summary>Asserts the exposure breakdown and the free credit exactly.</summary>
    public static async Task ExpectExposureAsync(HttpClient client, string dealer, decimal openOrders, decimal receivables, decimal deliveredNotInvoiced, decimal limit)
    {
        var account = await AccountAsync(client, dealer);
        var exposure = account["exposure"]!;
        Assert.Equal(openOrders, exposure["openOrders"]!.GetValue<decimal>());
        Assert.Equal(receivables, exposure["receivables"]!.GetValue<decimal>());
        Assert.Equal(deliveredNotInvoiced, exposure["deliveredNotInvoiced"]!.GetValue<decimal>());
        Assert.Equal(openOrders + receivables + deliveredNotInvoiced, exposure["total"]!.GetValue<decimal>());
        Assert.Equal(limit, account["limit"]!.GetValue<decimal>());
        Assert.Equal(limit - openOrders - receivables - deliveredNotInvoiced, account["freeCredit"]!.GetValue<decimal>());
    }

    public static async Task<JsonObject?> FindTaskAsync(HttpClient staff, string caseId)
    {
        var inbox = await staff.GetAsync("/api/v1/tasks?limit=200", Ct).ExpectAsync(HttpStatusCode.OK);
        return inbox["items"]!.AsArray().FirstOrDefault(t => t!["caseId"]!.GetValue<string>() == caseId)?.AsObject();
    }

    public static async Task<List<JsonObject>> AuditAsync(HostFixture host, string subject)
    {
        var admin = await host.AsStaffAsync("admin@demo.local");
        var response = await admin.GetAsync($"/api/v1/audit?subject={subject}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!.AsArray().Select(e => e!.AsObject()).ToList();
    }

    /// <summary>The (from → to) status changes audited for a case, in order.</summary>
    public static async Task<List<string>> StatusTrailAsync(HostFixture host, string subject) =>
        (await AuditAsync(host, subject))
            .Where(e => e["action"]!.GetValue<string>() == "CaseStatusChanged")
            .Select(e => $"{e["data"]!["from"]!.GetValue<string>()}->{e["data"]!["to"]!.GetValue<string>()}")
            .ToList();
}
