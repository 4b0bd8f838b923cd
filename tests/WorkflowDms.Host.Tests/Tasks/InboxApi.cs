using System.Net;
using System.Text.Json.Nodes;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Tasks;

/// <summary>Helpers for the inbox tests: review claims, inbox pages and task lookups over the API.</summary>
internal static class InboxApi
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A catalytic-converter claim (routed to manual review); its id.</summary>
    public static async Task<string> ReviewClaimAsync(this HostFixture host, string dealer, string number, decimal hours = 2.0m)
    {
        var claim = await host.AsDealer(dealer).PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.CatalyticConverter(number, hours, hours > 2.0m ? "Seized exhaust bolts" : null))).ExpectAsync(HttpStatusCode.Created);
        Assert.True(claim["status"]!.GetValue<string>() == "PendingReview", claim.ToJsonString());
        return claim["id"]!.GetValue<string>();
    }

    public static async Task<JsonObject> PageAsync(this HttpClient staff, string query) =>
        await (await staff.GetAsync($"/api/v1/tasks?{query}", Ct)).ExpectAsync(HttpStatusCode.OK);

    public static List<JsonObject> Items(this JsonObject page) => page["items"]!.AsArray().Select(t => t!.AsObject()).ToList();

    /// <summary>The items of the page whose case is one of <paramref name="caseIds"/>, in page order.</summary>
    public static List<string> CasesOf(this JsonObject page, IReadOnlyCollection<string> caseIds) =>
        page.Items().Select(t => t["caseId"]!.GetValue<string>()).Where(caseIds.Contains).ToList();

    public static async Task<JsonObject> TaskOfAsync(this HttpClient staff, string caseId)
    {
        var page = await staff.PageAsync("limit=200&view=all");
        return page.Items().Single(t => t["caseId"]!.GetValue<string>() == caseId);
    }

    public static string Id(this JsonObject task) => task["id"]!.GetValue<string>();
}
