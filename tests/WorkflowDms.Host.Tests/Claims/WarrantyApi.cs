using System.Net;
using System.Text.Json.Nodes;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Claims;

/// <summary>Helpers for the warranty-in-full tests: claims, tasks, audit and JSON arrays over the API.</summary>
internal static class WarrantyApi
{
    public static async Task<JsonObject> SubmitAsync(this HostFixture host, string dealer, object claim) =>
        await host.AsDealer(dealer).PostJsonAsync("/api/v1/claims", ApiClient.Serialize(claim)).ExpectAsync(HttpStatusCode.Created);

    public static async Task<JsonObject> ClaimAsync(this HttpClient client, string claimId) =>
        await (await client.GetAsync($"/api/v1/claims/{claimId}", TestContext.Current.CancellationToken)).ExpectAsync(HttpStatusCode.OK);

    public static string Status(this JsonObject claim) => claim["status"]!.GetValue<string>();

    public static async Task<JsonObject?> TaskForAsync(HttpClient staff, string caseId)
    {
        var inbox = await (await staff.GetAsync("/api/v1/tasks?limit=200", TestContext.Current.CancellationToken)).ExpectAsync(HttpStatusCode.OK);
        return inbox["items"]!.AsArray().SingleOrDefault(t => t!["caseId"]!.GetValue<string>() == caseId)?.AsObject();
    }

    public static async Task CompleteAsync(HttpClient staff, JsonObject task, string body) =>
        await (await staff.PostAsync($"/api/v1/tasks/{task["id"]}/complete", PartsReturnTests.Json(body), TestContext.Current.CancellationToken)).ExpectAsync(HttpStatusCode.OK);

    public static async Task<JsonArray> ArrayAsync(this Task<HttpResponseMessage> response, HttpStatusCode status)
    {
        var message = await response;
        var text = await message.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(message.StatusCode == status, $"Expected {(int)status}, got {(int)message.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsArray();
    }

    public static async Task<List<JsonObject>> AuditAsync(this HostFixture host, string subject)
    {
        var admin = await host.AsStaffAsync("admin@demo.local");
        var entries = await admin.GetAsync($"/api/v1/audit?subject={subject}", TestContext.Current.CancellationToken).ArrayAsync(HttpStatusCode.OK);
        return entries.Select(e => e!.AsObject()).ToList();
    }

    /// <summary>A wiper claim (auto-approved, nothing to return) on a given VIN.</summary>
    public static object Wiper(string number, string vin = "LSVAU2185N2100001", int mileageKm = 23500) => new
    {
        dealerClaimNumber = number,
        vin,
        repairOrderNumber = "RO-" + number,
        repairDate = DemoClaims.RepairedDaysAgo(5),
        mileageKm,
        faultCode = "F-WP-002",
        causalPartNumber = "PN-2002",
        lines = new object[]
        {
            new { type = "labor", operationCode = "LOP-WIP-001", hours = 0.3m },
            new { type = "part", partNumber = "PN-2002", quantity = 1 },
        },
    };
}
