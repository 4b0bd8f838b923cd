using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Returns;

/// <summary>Return requests and the steps every returns test walks through.</summary>
internal static class ReturnsApi
{
    public const string PartsManager = "hq.parts@demo.local";

    /// <summary>PN-5101 brake discs at 350.00 and PN-5102 cabin filters at 45.00, bought 30 days before the host's "now".</summary>
    public static object Request(HostFixture host, int discs = 2, int filters = 4, bool unused = true, string? dealerCode = null)
    {
        var bought = DateOnly.FromDateTime(host.Clock.GetUtcNow().UtcDateTime.AddDays(-30));
        var lines = new List<object>();
        if (discs > 0)
        {
            lines.Add(new { partNumber = "PN-5101", quantity = discs, purchaseReference = "INV-2026-0815", purchaseDate = bought, unitPricePaid = 350.00m, unused, specialOrder = false });
        }

        if (filters > 0)
        {
            lines.Add(new { partNumber = "PN-5102", quantity = filters, purchaseReference = "INV-2026-0815", purchaseDate = bought, unitPricePaid = 45.00m, unused = true, specialOrder = false });
        }

        return dealerCode is null
            ? new { reason = "surplus-stock", comment = "Overstock after the autumn campaign", lines }
            : new { reason = "surplus-stock", comment = "Overstock after the autumn campaign", dealerCode, lines };
    }

    public static async Task<JsonObject> RequestAsync(this HttpClient dealer, object body) =>
        await dealer.PostJsonAsync("/api/v1/returns", ApiClient.Serialize(body)).ExpectAsync(HttpStatusCode.Created);

    public static async Task<JsonObject> GetReturnAsync(this HttpClient client, string id) =>
        await (await client.GetAsync($"/api/v1/returns/{id}", TestContext.Current.CancellationToken)).ExpectAsync(HttpStatusCode.OK);

    /// <summary>The open task of a return in the caller's inbox, or null.</summary>
    public static async Task<JsonObject?> TaskForAsync(this HttpClient staff, string returnId)
    {
        var inbox = await (await staff.GetAsync("/api/v1/tasks?limit=200", TestContext.Current.CancellationToken)).ExpectAsync(HttpStatusCode.OK);
        return inbox["items"]!.AsArray().SingleOrDefault(t => t!["caseId"]!.GetValue<string>() == returnId)?.AsObject();
    }

    public static async Task<JsonObject> CompleteAsync(this HttpClient staff, JsonObject task, string decision) =>
        await (await staff.PostAsync($"/api/v1/tasks/{task["id"]}/complete", Json(decision), TestContext.Current.CancellationToken)).ExpectAsync(HttpStatusCode.OK);

    /// <summary>A D1001 request approved by the parts manager: the RMA is issued and the return order waits for the goods.</summary>
    public static async Task<string> ApprovedReturnAsync(HostFixture host, object? body = null)
    {
        var created = await host.AsDealer("D1001").RequestAsync(body ?? Request(host));
        var id = created["id"]!.GetValue<string>();
        var manager = await host.AsStaffAsync(PartsManager);
        var approval = await manager.TaskForAsync(id);
        Assert.NotNull(approval);
        await manager.CompleteAsync(approval, """{"decision":"approve","comment":"Stock can be resold"}""");
        return id;
    }

    /// <summary>An approved return shipped by the dealer and received by the warehouse: it waits for inspection.</summary>
    public static async Task<string> ReceivedReturnAsync(HostFixture host, object? body = null)
    {
        var id = await ApprovedReturnAsync(host, body);
        await host.AsDealer("D1001").PostJsonAsync($"/api/v1/returns/{id}/shipment", """{"carrier":"SF Express","trackingNumber":"SF-RT-1"}""").ExpectAsync(HttpStatusCode.OK);
        var manager = await host.AsStaffAsync(PartsManager);
        await (await manager.PostAsync($"/api/v1/returns/{id}/receipt", null, TestContext.Current.CancellationToken)).ExpectAsync(HttpStatusCode.OK);
        return id;
    }

    public static async Task<List<string>> AuditActionsAsync(HostFixture host, string id)
    {
        var admin = await host.AsStaffAsync("admin@demo.local");
        var entries = await (await admin.GetAsync($"/api/v1/audit?subject=return:{id}", TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return JsonNode.Parse(entries)!.AsArray().Select(e => e!["action"]!.GetValue<string>() + (e["data"]?["to"] is { } to ? ":" + to.GetValue<string>() : "")).ToList();
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
