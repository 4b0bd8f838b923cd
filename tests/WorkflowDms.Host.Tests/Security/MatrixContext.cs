using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Security;

/// <summary>
/// What factories use: the host, callers by name (dealer keys, staff tokens, cached), and a region-2 admin
/// (admins@R2) as the outsider of region-1 admin objects. Objects are owned by D1001 / region R1; outsiders are
/// D2001, b21.reviewer and the region-2 admin.
/// </summary>
internal sealed class MatrixContext(HostFixture host)
{
    public const string RegionTwoAdmin = "matrix.r2.admin@demo.local";

    private readonly ConcurrentDictionary<string, Task<HttpClient>> staff = new(StringComparer.Ordinal);

    public HostFixture Host { get; } = host;

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public HttpClient Dealer(string code) => Host.AsDealer(code);

    public Task<HttpClient> StaffAsync(string email) => staff.GetOrAdd(email, e => Host.AsStaffAsync(e));

    public Task<HttpClient> AdminAsync() => StaffAsync("admin@demo.local");

    /// <summary>An admin of region R2 only: created once through the admin API.</summary>
    public Task<HttpClient> RegionTwoAdminAsync() => staff.GetOrAdd(RegionTwoAdmin, async email =>
    {
        var admin = await AdminAsync();
        var user = await admin.PostJsonAsync("/api/v1/admin/users", ApiClient.Serialize(new { email, displayName = "R2 admin", password = "Demo-pass-1", orgNodeId = await NodeIdAsync("R2") }))
            .ExpectAsync(HttpStatusCode.Created);
        await admin.PostJsonAsync($"/api/v1/admin/users/{user["id"]}/roles", ApiClient.Serialize(new { group = "admins", orgNodeId = await NodeIdAsync("R2") }))
            .ExpectAsync(HttpStatusCode.OK);
        return await Host.AsStaffAsync(email);
    });

    public async Task<string> NodeIdAsync(string code)
    {
        var nodes = await GetJsonAsync(await AdminAsync(), "/api/v1/admin/org-nodes");
        return nodes.AsArray().Single(n => n!["code"]!.GetValue<string>() == code)!["id"]!.GetValue<string>();
    }

    public async Task<string> DealerIdAsync(string code)
    {
        var dealers = await GetJsonAsync(await AdminAsync(), "/api/v1/admin/dealers");
        return dealers.AsArray().Single(n => n!["code"]!.GetValue<string>() == code)!["id"]!.GetValue<string>();
    }

    public static async Task<JsonNode> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }

    /// <summary>A fresh D1001 claim through the API; returns its JSON.</summary>
    public async Task<JsonObject> SubmitClaimAsync(object claim) =>
        await Dealer("D1001").PostJsonAsync("/api/v1/claims", ApiClient.Serialize(claim)).ExpectAsync(HttpStatusCode.Created);
}
