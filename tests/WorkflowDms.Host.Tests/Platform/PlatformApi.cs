using System.Net;
using System.Text.Json.Nodes;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Platform;

/// <summary>Admin-API helpers for the platform tests: look up seeded nodes and dealers, create staff with grants.</summary>
internal static class PlatformApi
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<string> NodeIdAsync(HttpClient admin, string code)
    {
        var nodes = JsonNode.Parse(await (await admin.GetAsync("/api/v1/admin/org-nodes", Ct)).Content.ReadAsStringAsync(Ct))!.AsArray();
        return nodes.Single(n => n!["code"]!.GetValue<string>() == code)!["id"]!.GetValue<string>();
    }

    public static async Task<string> DealerIdAsync(HttpClient admin, string code)
    {
        var dealers = JsonNode.Parse(await (await admin.GetAsync("/api/v1/admin/dealers", Ct)).Content.ReadAsStringAsync(Ct))!.AsArray();
        return dealers.Single(d => d!["code"]!.GetValue<string>() == code)!["id"]!.GetValue<string>();
    }

    /// <summary>Creates a staff user at <paramref name="homeCode"/> holding each (group, node code) grant; returns the user's id.</summary>
    public static async Task<string> CreateStaffAsync(HttpClient admin, string email, string homeCode, params (string Group, string NodeCode)[] grants)
    {
        var user = await admin.PostJsonAsync("/api/v1/admin/users", ApiClient.Serialize(new
        {
            email,
            displayName = email.Split('@')[0],
            password = "Demo-pass-1",
            orgNodeId = await NodeIdAsync(admin, homeCode),
        })).ExpectAsync(HttpStatusCode.Created);
        var id = user["id"]!.GetValue<string>();
        foreach (var (group, nodeCode) in grants)
        {
            await admin.PostJsonAsync($"/api/v1/admin/users/{id}/roles", ApiClient.Serialize(new { group, orgNodeId = await NodeIdAsync(admin, nodeCode) }))
                .ExpectAsync(HttpStatusCode.OK);
        }

        return id;
    }

    public static async Task<JsonArray> InboxAsync(HttpClient staff)
    {
        var page = await (await staff.GetAsync("/api/v1/tasks?limit=200", Ct)).ExpectAsync(HttpStatusCode.OK);
        return page["items"]!.AsArray();
    }

    public static bool HasTaskFor(JsonArray inbox, string claimId) =>
        inbox.Any(t => t!["caseId"]!.GetValue<string>() == claimId);

    public static async Task<JsonArray> GetArrayAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!.AsArray();
    }
}
